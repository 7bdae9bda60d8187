package dev.edgewise.policy.internal.eval;

import dev.edgewise.address.Domain;
import dev.edgewise.policy.HostingProvider;
import dev.edgewise.policy.PublicProvider;
import dev.edgewise.policy.RemoteClass;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The remote party as classified against one compiled configuration.
 *
 * <p>The fields are not final for one reader only: the allow/deny answer keeps one party per
 * thread and overwrites it per request ({@link #refill}), so that asking per message allocates
 * nothing whatever the JIT inlines ({@link AllowDenyAnswer}). Every other party is built once by
 * the constructor and never written again; gates only read.
 */
public final class Party {
  RemoteClass cls;
  String display;
  /** Federated or hosted: the domain; public: the domain the address is written under. */
  @Nullable Domain domain;

  /**
   * Public: the Microsoft account's own domain, if known. The allow/deny reading ({@link
   * PartyReader#readFast}) sets it only where the blocked list or the SIP domains could name it,
   * the two questions the gates ask of it; a gate that needs it for anything else must ask the
   * explained reading.
   */
  @Nullable Domain accountDomain;

  @Nullable PublicProvider provider;
  @Nullable HostingProvider hosting;
  /** Federated and public: the user part, for the consumer-domain hint. */
  @Nullable String localPart;
  /** Not modelled: why. */
  String why;
  /** The caller says the party's tenant holds only trial licences. */
  boolean trialTenant;

  /**
   * Internal, Teams tenant with {@code SharedSipAddressSpace}: the tenant does not declare this user,
   * who may then be homed on the on-premises half of the split domain ({@link SplitDomainGate}).
   */
  boolean mayBeOnPremises;

  Party(
      RemoteClass cls,
      String display,
      @Nullable Domain domain,
      @Nullable Domain accountDomain,
      @Nullable PublicProvider provider,
      @Nullable HostingProvider hosting,
      @Nullable String localPart,
      String why) {
    this(cls, display, domain, accountDomain, provider, hosting, localPart, why, false, false);
  }

  private Party(
      RemoteClass cls,
      String display,
      @Nullable Domain domain,
      @Nullable Domain accountDomain,
      @Nullable PublicProvider provider,
      @Nullable HostingProvider hosting,
      @Nullable String localPart,
      String why,
      boolean trialTenant,
      boolean mayBeOnPremises) {
    this.trialTenant = trialTenant;
    this.mayBeOnPremises = mayBeOnPremises;
    this.cls = cls;
    this.display = display;
    this.domain = domain;
    this.accountDomain = accountDomain;
    this.provider = provider;
    this.hosting = hosting;
    this.localPart = localPart;
    this.why = why;
  }

  /** Overwrites every fact; for the allow/deny answer's per-thread party only. */
  void refill(
      RemoteClass cls,
      @Nullable Domain domain,
      @Nullable Domain accountDomain,
      @Nullable PublicProvider provider,
      @Nullable HostingProvider hosting,
      String why,
      boolean mayBeOnPremises) {
    this.cls = cls;
    this.display = "";
    this.domain = domain;
    this.accountDomain = accountDomain;
    this.provider = provider;
    this.hosting = hosting;
    this.localPart = null;
    this.why = why;
    this.trialTenant = false;
    this.mayBeOnPremises = mayBeOnPremises;
  }

  /** The same party, in a tenant that holds only trial licences. */
  Party inTrialTenant() {
    return new Party(
        cls, display, domain, accountDomain, provider, hosting, localPart, why, true,
        mayBeOnPremises);
  }

  /** The same internal party, not declared by a tenant that shares its SIP address space. */
  Party mayBeOnPremises() {
    return new Party(
        cls, display, domain, accountDomain, provider, hosting, localPart, why, trialTenant, true);
  }

  static Party notModelled(String display, String why) {
    return new Party(RemoteClass.NOT_MODELLED, display, null, null, null, null, null, why);
  }

  /** Returns the class the gates are chosen by. */
  public RemoteClass remoteClass() {
    return cls;
  }

  Domain requireDomain() {
    Domain d = domain;
    if (d == null) {
      throw new IllegalStateException("no domain for " + display);
    }
    return d;
  }

  HostingProvider requireHosting() {
    HostingProvider h = hosting;
    if (h == null) {
      throw new IllegalStateException("no hosting provider for " + display);
    }
    return h;
  }
}

package dev.edgewise.policy.internal.eval;

import dev.edgewise.address.Domain;
import dev.edgewise.address.SipUri;
import dev.edgewise.policy.HostingProvider;
import dev.edgewise.policy.PublicProvider;
import dev.edgewise.policy.RemoteClass;
import java.util.Optional;
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
  /** The user part, where the caller gave it as such (a Teams consumer's account). */
  @Nullable String localPart;

  /**
   * Federated, XMPP and public, explained: the address as named, whose user part {@link
   * #localPart()} decodes only when a sentence asks for it (a denial's consumer-domain hint), so
   * that an allowed request does not pay for it.
   */
  @Nullable SipUri address;
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
    this(
        cls, display, domain, accountDomain, provider, hosting, localPart, why, false, false, null);
  }

  /** A party named by this address, whose user part is read from it when asked. */
  Party(
      RemoteClass cls,
      String display,
      @Nullable Domain domain,
      @Nullable Domain accountDomain,
      @Nullable PublicProvider provider,
      @Nullable HostingProvider hosting,
      @Nullable SipUri address) {
    this(cls, display, domain, accountDomain, provider, hosting, null, "", false, false, address);
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
      boolean mayBeOnPremises,
      @Nullable SipUri address) {
    this.address = address;
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
    this.address = null;
    this.why = why;
    this.trialTenant = false;
    this.mayBeOnPremises = mayBeOnPremises;
  }

  /** The same party, in a tenant that holds only trial licences. */
  Party inTrialTenant() {
    return new Party(
        cls, display, domain, accountDomain, provider, hosting, localPart, why, true,
        mayBeOnPremises, address);
  }

  /** The same internal party, not declared by a tenant that shares its SIP address space. */
  Party mayBeOnPremises() {
    return new Party(
        cls, display, domain, accountDomain, provider, hosting, localPart, why, trialTenant, true,
        address);
  }

  static Party notModelled(String display, String why) {
    return new Party(RemoteClass.NOT_MODELLED, display, null, null, null, null, null, why);
  }

  /** The user part, decoded, or null when the party has none or was read for the gates alone. */
  @Nullable String localPart() {
    String given = localPart;
    if (given != null) {
      return given;
    }
    SipUri u = address;
    if (u == null) {
      return null;
    }
    Optional<String> user = u.user();
    return user.isPresent() ? user.get() : null;
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

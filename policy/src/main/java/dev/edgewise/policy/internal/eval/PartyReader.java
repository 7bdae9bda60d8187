package dev.edgewise.policy.internal.eval;

import dev.edgewise.address.AddressParseException;
import dev.edgewise.address.ContactAddress;
import dev.edgewise.address.Domain;
import dev.edgewise.address.MicrosoftAccount;
import dev.edgewise.address.NameDecoration;
import dev.edgewise.address.SipUri;
import dev.edgewise.policy.HostingProvider;
import dev.edgewise.policy.PublicProvider;
import dev.edgewise.policy.RemoteClass;
import dev.edgewise.policy.RemoteParty;
import java.util.Optional;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Classifies the remote party ({@code docs/policy.md}) with one reading for every way a caller
 * can name it: typed text goes through {@link ContactAddress#classify}, a Microsoft account is
 * written as its IM address with {@link NameDecoration#encode}, and every SIP URI, typed or given,
 * is read by {@link #readUri}, which asks {@link NameDecoration#decode(SipUri)} for the account
 * behind an address at the provider's domains. So {@code bob@live.com} typed, {@code
 * sip:bob@live.com} and the account {@code bob@live.com} are the same party.
 */
public final class PartyReader {

  private final CompiledConfiguration config;
  private final NameDecoration decoration;

  public PartyReader(CompiledConfiguration config) {
    this.config = config;
    this.decoration = config.decoration();
  }

  /** Classifies a party as the caller named it. */
  public Party read(RemoteParty p) {
    if (p instanceof RemoteParty.Address a) {
      return readUri(a.uri(), null);
    }
    if (p instanceof RemoteParty.Account a) {
      return readAccount(a.account());
    }
    if (p instanceof RemoteParty.Typed t) {
      return readTyped(t.text());
    }
    if (p instanceof RemoteParty.TeamsConsumer c) {
      return TeamsGates.consumer(c.account());
    }
    if (p instanceof RemoteParty.TrialTenantUser t) {
      return readUri(t.uri(), null).inTrialTenant();
    }
    RemoteParty.Unmodelled u = (RemoteParty.Unmodelled) p;
    return Party.notModelled(
        u.description(),
        "it is " + u.kind().displayName() + ", which the evaluator recognizes but does not model.");
  }

  private Party readTyped(String text) {
    ContactAddress c = ContactAddress.classify(text, decoration);
    if (c instanceof ContactAddress.SipAddress s) {
      return readUri(s.uri(), null);
    }
    if (c instanceof ContactAddress.NativeAccount n) {
      return readAccount(n.account());
    }
    if (c instanceof ContactAddress.DecoratedAccount d) {
      return readAccount(d.account());
    }
    if (c instanceof ContactAddress.Ambiguous a) {
      // Lync routes what is typed as written: the federated reading.
      return readUri(a.federatedUser(), null);
    }
    return Party.notModelled(text.trim(), c.message());
  }

  private Party readAccount(MicrosoftAccount a) {
    return readUri(decoration.encode(a), a);
  }

  /**
   * Reads a SIP URI; {@code account} is the Microsoft account behind it when the caller already
   * knows it (it is then {@code decoration.encode(account)}).
   */
  private Party readUri(SipUri u, @Nullable MicrosoftAccount account) {
    Optional<String> name = u.host().domainName();
    if (name.isEmpty()) {
      return Party.notModelled(
          u.toString(), "its host is an IP address, not a SIP domain that federation can name.");
    }
    Optional<Domain> parsed = Domain.tryParse(name.get());
    if (parsed.isEmpty()) {
      return Party.notModelled(u.toString(), "its host is not a domain name.");
    }
    Domain d = parsed.get();
    String display = u.toString();
    if (config.isSipDomain(d)) {
      // Split domain: a user homed at a hosting provider is reached through it (SplitDomainGate).
      return new Party(
          RemoteClass.INTERNAL, display, d, null, null, config.homeProviderOf(u), null, "");
    }
    @Nullable PublicProvider pi = config.publicProviderServing(d);
    boolean microsoftAddress = d.equals(decoration.routingDomain()) || decoration.isExcluded(d);
    if (pi != null || microsoftAddress) {
      if (pi == null) {
        // Microsoft's own domains are Microsoft accounts whether or not a provider serves them.
        pi = config.decoratingProvider();
      }
      Domain own = account != null ? account.domain() : accountDomain(u, d, microsoftAddress);
      Optional<String> local = u.user();
      return new Party(
          RemoteClass.PUBLIC_PROVIDER_USER,
          display,
          d,
          own,
          pi,
          null,
          local.isPresent() ? local.get() : null,
          "");
    }
    @Nullable HostingProvider h = config.hostingProviderOf(d);
    if (h != null) {
      return new Party(RemoteClass.HOSTED, display, d, null, null, h, null, "");
    }
    Optional<String> user = u.user();
    return new Party(
        RemoteClass.FEDERATED, display, d, null, null, null, user.isPresent() ? user.get() : null, "");
  }

  /**
   * The Microsoft account's own domain for an address at a provider domain: the decoration's
   * reading where the address is one under the decoration in force, else the address's domain.
   */
  private @Nullable Domain accountDomain(SipUri u, Domain addressDomain, boolean decorated) {
    if (!decorated) {
      return addressDomain;
    }
    try {
      return decoration.decode(u).domain();
    } catch (AddressParseException e) {
      // Not the account's canonical address (upper case, say): read it as typed text is read, so
      // that a decorated domain is still matched against the blocked list.
      ContactAddress c = ContactAddress.classify(u.toString(), decoration);
      if (c instanceof ContactAddress.NativeAccount n) {
        return n.account().domain();
      }
      if (c instanceof ContactAddress.DecoratedAccount a) {
        return a.account().domain();
      }
      return null;
    }
  }
}

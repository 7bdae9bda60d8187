package dev.edgewise.policy.internal.eval;

import dev.edgewise.address.AddressParseException;
import dev.edgewise.address.ContactAddress;
import dev.edgewise.address.Domain;
import dev.edgewise.address.Host;
import dev.edgewise.address.MicrosoftAccount;
import dev.edgewise.address.NameDecoration;
import dev.edgewise.address.SipUri;
import dev.edgewise.policy.HostingProvider;
import dev.edgewise.policy.PublicProvider;
import dev.edgewise.policy.RemoteClass;
import dev.edgewise.policy.RemoteParty;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Classifies the remote party ({@code docs/policy.md}) with one reading for every way a caller
 * can name it: typed text goes through {@link ContactAddress#classify}, a Microsoft account is
 * read at the domain {@link NameDecoration#encode} writes it under, and every SIP URI, typed or
 * given, is read by {@code classify}, which asks {@link NameDecoration#decode(SipUri)} for the
 * account behind an address at the provider's domains. So {@code bob@live.com} typed, {@code
 * sip:bob@live.com} and the account {@code bob@live.com} are the same party.
 *
 * <p>{@link #readFast} is the same reading for the allow/deny answer: it takes a party named by
 * SIP URI or by account, finds the host's {@code Domain} among those the configuration names
 * instead of building one, and fills a party the caller keeps. It leaves out what only a sentence
 * reads (the display text, the user part) and reads a decorated account's own domain only when
 * the blocked list or the SIP domains could name it: the gates ask nothing else of that domain.
 */
public final class PartyReader {
  private static final String IP_HOST =
      "its host is an IP address, not a SIP domain that federation can name.";
  private static final String NOT_A_DOMAIN = "its host is not a domain name.";

  private final CompiledConfiguration config;
  private final NameDecoration decoration;

  public PartyReader(CompiledConfiguration config) {
    this.config = config;
    this.decoration = config.decoration();
  }

  /** Classifies a party as the caller named it, with everything a sentence needs. */
  public Party read(RemoteParty p) {
    if (p instanceof RemoteParty.Address || p instanceof RemoteParty.Account) {
      return classify(p, true, null);
    }
    if (p instanceof RemoteParty.Typed t) {
      return readTyped(t.text());
    }
    if (p instanceof RemoteParty.TeamsConsumer c) {
      return TeamsGates.consumer(c.account());
    }
    if (p instanceof RemoteParty.TrialTenantUser t) {
      return classify(new RemoteParty.Address(t.uri()), true, null).inTrialTenant();
    }
    RemoteParty.Unmodelled u = (RemoteParty.Unmodelled) p;
    return switch (u.kind()) {
      case ANONYMOUS_USER -> new Party(
          RemoteClass.ANONYMOUS, u.description(), null, null, null, null, null, "");
      case XMPP_PARTNER -> XmppAddress.read(u.description());
      case REMOTE_SIGN_IN -> readTyped(u.description());
    };
  }

  /** The organization's own user signing in from the Internet, as the party of a sign-in. */
  public Party signIn(SipUri user) {
    return new Party(RemoteClass.REMOTE_USER, user.toString(), null, null, null, null, null, "");
  }

  /** Returns whether {@link #readFast} reads this party: one named by SIP URI or by account. */
  public static boolean readsFast(RemoteParty p) {
    return p instanceof RemoteParty.Address || p instanceof RemoteParty.Account;
  }

  /**
   * Classifies a party named by SIP URI or by account (see {@link #readsFast}) for the gates
   * alone: the same class, domain, provider and hosting provider as {@link #read}; no display
   * text or user part; the account's own domain only where the blocked list or the SIP domains
   * could name it.
   */
  public Party readFast(RemoteParty p) {
    return readFast(p, Party.notModelled("", ""));
  }

  /** {@link #readFast(RemoteParty)} into {@code into}, which is overwritten and returned. */
  Party readFast(RemoteParty p, Party into) {
    return classify(p, false, into);
  }

  private Party readTyped(String text) {
    ContactAddress c = ContactAddress.classify(text, decoration);
    if (c instanceof ContactAddress.SipAddress s) {
      return classify(new RemoteParty.Address(s.uri()), true, null);
    }
    if (c instanceof ContactAddress.NativeAccount n) {
      return classify(new RemoteParty.Account(n.account()), true, null);
    }
    if (c instanceof ContactAddress.DecoratedAccount d) {
      return classify(new RemoteParty.Account(d.account()), true, null);
    }
    if (c instanceof ContactAddress.Ambiguous a) {
      // Lync routes what is typed as written: the federated reading.
      return classify(new RemoteParty.Address(a.federatedUser()), true, null);
    }
    return Party.notModelled(text.trim(), c.message());
  }

  /**
   * Reads an address or an account into {@code into}, or a new party when it is null; {@code
   * explain} adds what only a sentence reads.
   */
  private Party classify(RemoteParty p, boolean explain, @Nullable Party into) {
    @Nullable SipUri u = null;
    @Nullable MicrosoftAccount account = null;
    @Nullable Domain d;
    if (p instanceof RemoteParty.Account a) {
      account = a.account();
      Domain own = account.domain();
      // Where decoration.encode(account) writes it: its own domain if excluded, else the routing one.
      d = decoration.isExcluded(own) ? own : decoration.routingDomain();
      if (explain) {
        u = decoration.encode(account);
      }
    } else {
      u = ((RemoteParty.Address) p).uri();
      d = hostDomain(u.host());
    }
    RemoteClass cls;
    @Nullable Domain own = null;
    @Nullable PublicProvider pi = null;
    @Nullable HostingProvider h = null;
    String why = "";
    boolean mayBeOnPremises = false;
    if (d == null) {
      cls = RemoteClass.NOT_MODELLED;
      why = u != null && u.host().isIpAddress() ? IP_HOST : NOT_A_DOMAIN;
    } else if (config.isSipDomain(d)) {
      cls = RemoteClass.INTERNAL;
      // Split domain: a user homed at a hosting provider is reached through it (SplitDomainGate).
      h = u != null ? config.homeProviderOf(u) : null;
      // A tenant sharing its SIP domains with an on-premises deployment homes only the users it
      // declares; anyone else of those domains may be on premises (SplitDomainGate#onlineHalf).
      mayBeOnPremises = u != null && config.sharesSipAddressSpace() && config.userEntry(u) == null;
    } else {
      pi = config.publicProviderServing(d);
      boolean microsoftAddress = d.equals(decoration.routingDomain()) || decoration.isExcluded(d);
      if (pi != null || microsoftAddress) {
        cls = RemoteClass.PUBLIC_PROVIDER_USER;
        if (pi == null) {
          // Microsoft's own domains are Microsoft accounts whether or not a provider serves them.
          pi = config.decoratingProvider();
        }
        if (account != null) {
          own = account.domain();
        } else if (u != null) {
          own = mayNameListed(u) || (explain && wordsNeedOwn(d, pi, microsoftAddress))
              ? accountDomain(u, d, microsoftAddress)
              : null;
        }
      } else {
        h = config.hostingProviderOf(d);
        if (h != null) {
          cls = RemoteClass.HOSTED;
        } else {
          cls = config.surface().xmppPartner(d) != null ? RemoteClass.XMPP_PARTNER : RemoteClass.FEDERATED;
        }
      }
    }
    if (into != null) {
      into.refill(cls, d, own, pi, h, why, mayBeOnPremises);
      return into;
    }
    String display = explain && u != null ? u.toString() : "";
    Party party =
        cls == RemoteClass.FEDERATED
                || cls == RemoteClass.XMPP_PARTNER
                || cls == RemoteClass.PUBLIC_PROVIDER_USER
            ? new Party(cls, display, d, own, pi, h, explain ? u : null)
            : new Party(cls, display, d, own, pi, h, null, why);
    return mayBeOnPremises ? party.mayBeOnPremises() : party;
  }

  /**
   * The host as a {@code Domain}, or null for an IP address or a name that is no domain (a label
   * over 63 characters, say, which a SIP host allows). A host the configuration names is found by
   * its text, not parsed again: the URI has already validated and lower-cased it.
   */
  private @Nullable Domain hostDomain(Host host) {
    if (host.isIpAddress()) {
      return null;
    }
    String name = host.toString();
    int end = name.charAt(name.length() - 1) == '.' ? name.length() - 1 : name.length();
    @Nullable Domain listed = config.knownDomain(name, end);
    if (listed != null) {
      return listed;
    }
    return Domain.tryParse(name).orElse(null);
  }

  /**
   * Whether the blocked list or the organization's SIP domains could name the account's own
   * domain of an address at a provider domain: the two questions the gates ask of that domain
   * ({@code DOMAIN_BLOCKED}, {@code ACCOUNT_ON_OWN_DOMAIN}). Only a {@code (domain)} decoration
   * can make that domain other than the host, which the gates check anyway; when the decoration
   * is plain canonical text both lists are asked about it directly, and anything else (escapes,
   * upper case, a trailing dot) is read exactly.
   */
  private boolean mayNameListed(SipUri u) {
    String text = u.toString();
    int at = text.indexOf('@');
    if (at < 0) {
      return false; // no user part: the account's domain, if any, is the host
    }
    int open = text.indexOf('(');
    if (open < 0 || open > at) {
      // Undecorated: the decoded account's domain is the host itself, unless escapes hide a '('.
      return text.lastIndexOf('%', at) >= 0;
    }
    int close = text.indexOf(')', open);
    int second = text.indexOf('(', open + 1);
    if (close != at - 1 || close == open + 1 || (second >= 0 && second < at)) {
      return true;
    }
    for (int i = 0; i < at; i++) {
      char c = text.charAt(i);
      if (c == '%' || (c >= 'A' && c <= 'Z' && i > open)) {
        return true;
      }
    }
    for (int i = open + 1; i < close; i++) {
      char c = text.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.')) {
        return true;
      }
    }
    return text.charAt(close - 1) == '.'
        || config.mayBeBlocked(text, open + 1, close)
        || config.isSipDomain(text, open + 1, close);
  }

  /**
   * Whether a sentence could name the account's own domain where the gates do not ask for it:
   * an address under a domain that is not Microsoft's is its own account domain (no decoding);
   * a blocked routing domain is worded as such only for a decorated account; and a provider
   * retired in the era hints at the account behind the address.
   */
  private boolean wordsNeedOwn(Domain d, @Nullable PublicProvider pi, boolean microsoftAddress) {
    return !microsoftAddress
        || config.blockedEntry(d) != null
        || (pi != null && !config.serves(pi));
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

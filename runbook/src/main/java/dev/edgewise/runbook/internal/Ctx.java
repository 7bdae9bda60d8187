package dev.edgewise.runbook.internal;

import dev.edgewise.address.SipUri;
import dev.edgewise.policy.FederationConfiguration;
import dev.edgewise.policy.HostingProvider;
import dev.edgewise.policy.LocalUser;
import dev.edgewise.policy.OnPremisesConfiguration;
import dev.edgewise.policy.OnlineTenantConfiguration;
import dev.edgewise.policy.Product;
import dev.edgewise.policy.PublicProvider;
import dev.edgewise.runbook.RunbookErrorKind;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The configuration as the statements read so far have left it, and where problems go. */
public final class Ctx {
  final Problems problems;
  FederationConfiguration config;

  Ctx(Problems problems, FederationConfiguration config) {
    this.problems = problems;
    this.config = config;
  }

  Product product() {
    return config.product();
  }

  OnPremisesConfiguration onPrem() {
    return (OnPremisesConfiguration) config;
  }

  OnlineTenantConfiguration online() {
    return (OnlineTenantConfiguration) config;
  }

  boolean isOnPrem() {
    return config instanceof OnPremisesConfiguration;
  }

  /** Reads a user identity as the cmdlets take it: {@code sip:alice@contoso.com} or without scheme. */
  static Optional<SipUri> userUri(String text) {
    String t = text.trim();
    if (t.indexOf(':') < 0) {
      t = "sip:" + t;
    }
    return SipUri.tryParse(t);
  }

  /** The index of the declared user, or -1. */
  int userIndex(SipUri uri) {
    List<LocalUser> users = config.users();
    for (int i = 0; i < users.size(); i++) {
      if (users.get(i).sipUri().equals(uri)) {
        return i;
      }
    }
    return -1;
  }

  /** Whether a public or hosting provider has this identity, ignoring case. */
  boolean providerIdentityTaken(String identity) {
    String key = identity.toLowerCase(Locale.ROOT);
    for (PublicProvider p : config.publicProviders()) {
      if (p.identity().toLowerCase(Locale.ROOT).equals(key)) {
        return true;
      }
    }
    if (isOnPrem()) {
      for (HostingProvider h : onPrem().hostingProviders()) {
        if (h.identity().toLowerCase(Locale.ROOT).equals(key)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The identity of the public or hosting provider whose proxy FQDN this is, if any. */
  Optional<String> proxyFqdnHolder(dev.edgewise.address.Domain fqdn) {
    for (PublicProvider p : config.publicProviders()) {
      if (p.proxyFqdn().equals(fqdn)) {
        return Optional.of(p.identity());
      }
    }
    if (isOnPrem()) {
      for (HostingProvider h : onPrem().hostingProviders()) {
        if (h.proxyFqdn().equals(fqdn)) {
          return Optional.of(h.identity());
        }
      }
    }
    return Optional.empty();
  }

  static int indexIgnoringCase(List<String> identities, String identity) {
    String key = identity.toLowerCase(Locale.ROOT);
    for (int i = 0; i < identities.size(); i++) {
      if (identities.get(i).toLowerCase(Locale.ROOT).equals(key)) {
        return i;
      }
    }
    return -1;
  }

  void notFound(Binder b, String param, String what) {
    b.report(param, RunbookErrorKind.NOT_FOUND, what + " does not exist");
  }
}

package dev.edgewise.policy.internal.eval;

import com.google.common.collect.ImmutableSet;
import dev.edgewise.address.Domain;

/**
 * Well-known consumer e-mail domains: domains where people have mailboxes and, often, Microsoft
 * accounts, but where no organization runs Lync. A federated address at one of them is almost
 * always a Skype user typed without name decoration ({@code docs/policy.md}, "Readings"), so
 * a denial says how to write the account instead, and offers no allowed-domain entry.
 *
 * <p>Data, not logic: extend the list, never branch on its entries. Microsoft's own native domains
 * ({@code outlook.com}, {@code live.com}, {@code hotmail.com}, {@code msn.com}) are not here: they
 * are Microsoft accounts' domains and never classify as federated.
 */
public final class ConsumerMailDomains {

  private static final ImmutableSet<Domain> DOMAINS =
      domains(
          "gmail.com", "googlemail.com", "yahoo.com", "yahoo.co.uk", "yahoo.fr", "yahoo.de",
          "ymail.com", "rocketmail.com", "aol.com", "aim.com", "icloud.com", "me.com", "mac.com",
          "gmx.com", "gmx.net", "gmx.de", "web.de", "mail.com", "protonmail.com", "proton.me",
          "zoho.com", "yandex.com", "yandex.ru", "mail.ru", "qq.com", "163.com", "126.com",
          "comcast.net", "verizon.net", "att.net", "orange.fr", "free.fr", "t-online.de",
          "btinternet.com", "libero.it");

  private ConsumerMailDomains() {}

  /** Returns whether the domain is a well-known consumer e-mail domain (exact match). */
  public static boolean contains(Domain domain) {
    return DOMAINS.contains(domain);
  }

  private static ImmutableSet<Domain> domains(String... names) {
    ImmutableSet.Builder<Domain> b = ImmutableSet.builder();
    for (String n : names) {
      b.add(Domain.parse(n));
    }
    return b.build();
  }
}

package dev.edgewise.policy.internal.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.edgewise.address.Domain;
import dev.edgewise.address.MicrosoftAccount;
import dev.edgewise.address.SipUri;
import dev.edgewise.policy.AllowedDomain;
import dev.edgewise.policy.BlockedDomain;
import dev.edgewise.policy.HostingProvider;
import dev.edgewise.policy.OnPremisesConfiguration;
import dev.edgewise.policy.PublicProvider;
import dev.edgewise.policy.RemoteClass;
import dev.edgewise.policy.RemoteParty;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The allow/deny answer's reading of a party ({@link PartyReader#readFast}) against the explained
 * one: the same facts for the gates, no text built, and a listed host found as the listed {@code
 * Domain} rather than parsed into a new one. These are the properties that keep the answer free
 * of allocation (docs/benchmarks.md measures it; no test times or counts allocation), so a change
 * that routes the answer back through the explaining reader, or parses a listed host again,
 * fails here.
 */
class PartyReaderTest {

  private static final Domain CONTOSO = Domain.parse("contoso.com");
  private static final Domain NORTHWIND = Domain.parse("northwind.com");
  private static final Domain BLOCKED = Domain.parse("blocked.example");
  private static final OnPremisesConfiguration CONFIG =
      OnPremisesConfiguration.builder()
          .addSipDomains(CONTOSO)
          .addPublicProviders(PublicProvider.skype())
          .addHostingProviders(
              HostingProvider.builder()
                  .identity("Tailspin")
                  .proxyFqdn(Domain.parse("sip.tailspin-hosting.net"))
                  .enabled(true)
                  .addHostedDomains(Domain.parse("tailspin.com"))
                  .build())
          .addAllowedDomains(AllowedDomain.of(NORTHWIND))
          .addBlockedDomains(
              BlockedDomain.of(BLOCKED), BlockedDomain.of(Domain.parse("fabrikam.com")))
          .build();
  private static final CompiledConfiguration COMPILED = CompiledConfiguration.of(CONFIG);
  private static final PartyReader READER = new PartyReader(COMPILED);

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "sip:carol@contoso.com,             INTERNAL",
    "sip:carol@CONTOSO.com.,            INTERNAL",
    "sip:erin@northwind.com,            FEDERATED",
    "sip:zed@blocked.example,           FEDERATED",
    "sip:x@unlisted.example,            FEDERATED",
    "sip:tom@tailspin.com,              HOSTED",
    "sip:bob@live.com,                  PUBLIC_PROVIDER_USER",
    "sip:bob(fabrikam.com)@msn.com,     PUBLIC_PROVIDER_USER",
    "sip:bob(gmail.com)@msn.com,        PUBLIC_PROVIDER_USER",
    "sip:bob(FABRIKAM.com)@msn.com,     PUBLIC_PROVIDER_USER",
    "sip:bob%28fabrikam.com%29@msn.com, PUBLIC_PROVIDER_USER",
    "sip:bob(contoso.com)@msn.com,      PUBLIC_PROVIDER_USER",
    "sip:ip@192.0.2.1,                  NOT_MODELLED",
  })
  void theFastReadingHasTheGatesFactsAndNoText(String uri, RemoteClass cls) {
    RemoteParty party = RemoteParty.of(SipUri.parse(uri));
    Party explained = READER.read(party);
    Party fast = READER.readFast(party);
    assertEquals(cls, explained.cls);
    assertSameFacts(explained, fast);
  }

  @Test
  void anAccountIsReadWhereItsAddressIsWritten() {
    for (String account : List.of("bob@fabrikam.com", "bob@live.com", "bob@gmail.com")) {
      RemoteParty party = RemoteParty.of(MicrosoftAccount.parse(account));
      Party explained = READER.read(party);
      Party fast = READER.readFast(party);
      assertEquals(RemoteClass.PUBLIC_PROVIDER_USER, explained.cls, account);
      assertSameFacts(explained, fast);
      assertEquals(explained.accountDomain, fast.accountDomain, account);
    }
  }

  @Test
  void theFastReadingFillsTheCallersPartyInPlace() {
    Party scratch = Party.notModelled("", "");
    for (String uri : List.of("sip:erin@northwind.com", "sip:bob@live.com", "sip:ip@192.0.2.1")) {
      RemoteParty party = RemoteParty.of(SipUri.parse(uri));
      assertSame(scratch, READER.readFast(party, scratch), uri);
      assertSameFacts(READER.read(party), scratch);
    }
  }

  @Test
  void aListedHostIsTheListedDomainNotANewOne() {
    assertSame(CONTOSO, fastDomain("sip:carol@contoso.com"));
    assertSame(NORTHWIND, fastDomain("sip:erin@northwind.com"));
    assertSame(BLOCKED, fastDomain("sip:zed@blocked.example"));
  }

  @Test
  void anUnblockedDecoratedDomainIsNotReadButABlockedOneIs() {
    assertNull(READER.readFast(RemoteParty.of(SipUri.parse("sip:bob(gmail.com)@msn.com"))).accountDomain);
    assertEquals(
        Domain.parse("fabrikam.com"),
        READER.readFast(RemoteParty.of(SipUri.parse("sip:bob(fabrikam.com)@msn.com"))).accountDomain);
  }

  /**
   * An account decorated with one of the organization's own SIP domains is read even with nothing
   * blocked: {@code ACCOUNT_ON_OWN_DOMAIN} asks about it. The fast reading once consulted only the
   * blocked list, and the allow/deny answer allowed what the explained decision denied.
   */
  @Test
  void anOwnSipDomainInTheDecorationIsReadEvenWithNothingBlocked() {
    CompiledConfiguration nothingBlocked =
        CompiledConfiguration.of(CONFIG.toBuilder().blockedDomains(List.of()).build());
    PartyReader reader = new PartyReader(nothingBlocked);
    RemoteParty party = RemoteParty.of(SipUri.parse("sip:bob(contoso.com)@msn.com"));
    assertEquals(CONTOSO, reader.readFast(party).accountDomain);
    assertNull(
        reader.readFast(RemoteParty.of(SipUri.parse("sip:bob(gmail.com)@msn.com"))).accountDomain);
  }

  private static Domain fastDomain(String uri) {
    return READER.readFast(RemoteParty.of(SipUri.parse(uri))).requireDomain();
  }

  /**
   * What the gates read is the same; the account's own domain may be left out only where neither
   * the blocked list nor the SIP domains name it; and the fast reading builds no display text or
   * user part.
   */
  private static void assertSameFacts(Party explained, Party fast) {
    String what = explained.display;
    assertEquals(explained.cls, fast.cls, what);
    assertEquals(explained.domain, fast.domain, what);
    assertSame(explained.provider, fast.provider, what);
    assertSame(explained.hosting, fast.hosting, what);
    assertEquals(explained.why, fast.why, what);
    Domain own = explained.accountDomain;
    if (fast.accountDomain != null
        || (own != null && (COMPILED.blockedEntry(own) != null || COMPILED.isSipDomain(own)))) {
      assertEquals(own, fast.accountDomain, what);
    }
    assertEquals("", fast.display, what);
    assertNull(fast.localPart, what);
  }
}

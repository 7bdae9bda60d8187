package dev.edgewise.address;

import static dev.edgewise.address.SipUriGenerators.choices;
import static dev.edgewise.address.SipUriGenerators.parts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.edgewise.address.SipUriGenerators.Choices;
import dev.edgewise.address.SipUriGenerators.Parts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Laws of {@link SipUri} over generated URIs, arbitrary strings and mutations of valid URIs. */
class SipUriProperties {

  @Test
  void generatedUrisParseAndRoundTrip() {
    qt().forAll(parts())
        .checkAssert(
            p -> {
              SipUri u = SipUri.parse(p.text());
              assertEquals(p.text(), u.toString());
              assertEquals(u, SipUri.parse(u.toString()));
              assertEquals(u, u.toBuilder().build());
              assertEquals(p.user() == null, u.user().isEmpty());
              assertEquals(p.password() == null, u.password().isEmpty());
              assertEquals(p.port().isEmpty(), u.port().isEmpty());
              assertEquals(p.params().size(), u.parameters().size());
              assertEquals(p.headers().size(), u.headers().size());
              assertEquals(Host.parse(p.host()), u.host());
            });
  }

  @Test
  void canonicalIsIdempotentEqualAndEquivalent() {
    qt().forAll(parts())
        .checkAssert(
            p -> {
              SipUri u = SipUri.parse(p.text());
              SipUri c = u.canonical();
              assertEquals(c.toString(), c.canonical().toString());
              assertEquals(u, c);
              assertEquals(u.hashCode(), c.hashCode());
              assertTrue(u.isEquivalentTo(c) && c.isEquivalentTo(u));
              assertEquals(c, SipUri.parse(c.toString()));
              assertEquals(u.user(), c.user());
              assertEquals(u.password(), c.password());
              assertEquals(u.parameters(), c.parameters());
              assertEquals(u.headers(), c.headers());
            });
  }

  /** isEquivalentTo answers identical texts without comparing; the comparison must agree. */
  @Test
  void componentComparisonIsReflexiveToo() {
    qt().forAll(parts())
        .checkAssert(
            p -> {
              SipUri u = SipUri.parse(p.text());
              assertTrue(u.componentsEquivalent(u), () -> u.toString());
              assertTrue(u.componentsEquivalent(SipUri.parse(p.text())), () -> u.toString());
              assertTrue(u.isEquivalentTo(SipUri.parse(p.text())), () -> u.toString());
            });
  }

  @Test
  void equivalenceIsReflexiveAndSurvivesWhatRfc3261Ignores() {
    qt().forAll(parts(), choices())
        .checkAssert(
            (p, ch) -> {
              Parts variant = SipUriGenerators.equivalentVariant(p, new Choices(ch));
              SipUri u = SipUri.parse(p.text());
              SipUri v = SipUri.parse(variant.text());
              assertTrue(u.isEquivalentTo(u));
              assertTrue(u.isEquivalentTo(v), () -> u + " ~ " + v);
              assertTrue(v.isEquivalentTo(u), () -> v + " ~ " + u);
            });
  }

  @Test
  void equivalenceIsSymmetricAndSeesWhatRfc3261NeverIgnores() {
    qt().forAll(parts(), choices())
        .checkAssert(
            (p, ch) -> {
              Parts variant = SipUriGenerators.differentVariant(p, new Choices(ch));
              SipUri u = SipUri.parse(p.text());
              SipUri w = SipUri.parse(variant.text());
              boolean same = variant.equals(p);
              assertEquals(same, u.isEquivalentTo(w), () -> u + " vs " + w);
              assertEquals(u.isEquivalentTo(w), w.isEquivalentTo(u));
              if (u.equals(w)) {
                assertTrue(u.isEquivalentTo(w));
              }
            });
  }

  /** The same URI with 20 more parameters and headers: past the pairwise limit of comparison. */
  private static Parts padded(Parts p) {
    List<SipUriGenerators.Param> params = new ArrayList<>(p.params());
    List<SipUriGenerators.Hdr> headers = new ArrayList<>(p.headers());
    for (int i = 0; i < 20; i++) {
      String name = "pad" + i;
      if (p.params().stream()
          .noneMatch(q -> UriChars.decodeLower(q.name(), 0, q.name().length()).equals(name))) {
        params.add(new SipUriGenerators.Param(name, "1"));
      }
      headers.add(new SipUriGenerators.Hdr("Pad", "v" + i));
    }
    return new Parts(p.scheme(), p.user(), p.password(), p.host(), p.port(), params, headers);
  }

  @Test
  void equivalenceGivesTheSameAnswerForManyParametersAndHeaders() {
    qt().withExamples(300)
        .forAll(parts(), choices())
        .checkAssert(
            (p, ch) -> {
              SipUri u = SipUri.parse(p.text());
              SipUri bigU = SipUri.parse(padded(p).text());
              for (Parts q :
                  List.of(
                      SipUriGenerators.equivalentVariant(p, new Choices(ch)),
                      SipUriGenerators.differentVariant(p, new Choices(ch)))) {
                SipUri v = SipUri.parse(q.text());
                SipUri bigV = SipUri.parse(padded(q).text());
                assertEquals(
                    u.isEquivalentTo(v), bigU.isEquivalentTo(bigV), () -> bigU + " vs " + bigV);
                assertEquals(
                    v.isEquivalentTo(u), bigV.isEquivalentTo(bigU), () -> bigV + " vs " + bigU);
              }
            });
  }

  @Test
  void equalsImpliesEquivalence() {
    qt().forAll(parts(), choices())
        .checkAssert(
            (p, ch) -> {
              SipUri u = SipUri.parse(p.text());
              Choices c = new Choices(ch);
              for (Parts q :
                  List.of(
                      SipUriGenerators.equivalentVariant(p, c),
                      SipUriGenerators.differentVariant(p, c))) {
                SipUri v = SipUri.parse(q.text());
                if (u.equals(v)) {
                  assertTrue(u.isEquivalentTo(v) && v.isEquivalentTo(u), () -> u + " = " + v);
                  assertEquals(u.hashCode(), v.hashCode());
                }
                assertEquals(u.equals(v), v.equals(u));
                assertEquals(
                    u.equals(v), u.canonical().toString().equals(v.canonical().toString()));
              }
            });
  }

  @Test
  void ipLiteralsHaveTheValueTheJdkReads() {
    // java.net.InetAddress parses literals itself (no name service): an independent oracle.
    qt().forAll(SipUriGenerators.ipv6().mix(SipUriGenerators.ipv4(), 30))
        .checkAssert(
            text -> {
              Host h = Host.parse(text);
              byte[] expected;
              try {
                expected = java.net.InetAddress.getByName(text).getAddress();
              } catch (java.net.UnknownHostException e) {
                throw new AssertionError(text, e);
              }
              assertEquals(
                  java.util.Arrays.toString(expected),
                  java.util.Arrays.toString(h.inetAddress().orElseThrow().getAddress()),
                  text);
              assertEquals(h, Host.parse(h.toString()));
              assertEquals(h.toString(), Host.parse(h.toString()).toString());
            });
  }

  /** Decoded components as a person would give them to the builder. */
  record Model(
      String user,
      String password,
      String host,
      int port,
      Map<String, String> params,
      List<SipUri.Header> headers) {}

  private static Gen<String> decodedText(int min, int max) {
    Gen<String> ascii = strings().ascii().ofLengthBetween(min, max);
    Gen<String> any =
        lists()
            .of(integers().between(1, 0x10FFFF))
            .ofSizeBetween(min, max)
            .map(
                cps -> {
                  StringBuilder sb = new StringBuilder();
                  for (int cp : cps) {
                    sb.appendCodePoint(cp >= 0xD800 && cp <= 0xDFFF ? 'x' : cp);
                  }
                  return sb.toString();
                });
    return ascii.mix(any, 40);
  }

  private static Gen<Model> models() {
    Gen<String> user = decodedText(1, 10).mix(Generate.constant((String) null), 20);
    Gen<String> password = decodedText(0, 6).mix(Generate.constant((String) null), 60);
    Gen<Integer> port = integers().between(-1, 65_535);
    Gen<Map<String, String>> params =
        lists()
            .of(
                decodedText(1, 5)
                    .zip(
                        decodedText(1, 5).mix(Generate.constant((String) null), 30),
                        (n, v) -> new String[] {n, v}))
            .ofSizeBetween(0, 4)
            .map(
                l -> {
                  Map<String, String> m = new LinkedHashMap<>();
                  for (String[] nv : l) {
                    String key = nv[0].toLowerCase(Locale.ROOT);
                    boolean known =
                        List.of("transport", "user", "method", "ttl", "maddr", "lr").contains(key);
                    boolean asciiLowerClash =
                        m.keySet().stream()
                            .anyMatch(
                                k ->
                                    com.google.common.base.Ascii.toLowerCase(k)
                                        .equals(com.google.common.base.Ascii.toLowerCase(nv[0])));
                    if (!known && !asciiLowerClash) {
                      m.put(nv[0], nv[1]);
                    }
                  }
                  return m;
                });
    Gen<List<SipUri.Header>> headers =
        lists()
            .of(decodedText(1, 5).zip(decodedText(0, 5), SipUri.Header::new))
            .ofSizeBetween(0, 3);
    return user.zip(
            password,
            SipUriGenerators.host(),
            port,
            (u, pw, h, p) -> new Object[] {u, u == null ? null : pw, h, p})
        .zip(
            params,
            headers,
            (a, ps, hs) ->
                new Model((String) a[0], (String) a[1], (String) a[2], (Integer) a[3], ps, hs));
  }

  @Test
  void theBuilderEscapesAnyDecodedValueIntoAValidUri() {
    qt().forAll(models())
        .checkAssert(
            m -> {
              SipUri.Builder b = SipUri.builder().host(m.host());
              if (m.user() != null) {
                b.user(m.user());
                if (m.password() != null) {
                  b.password(m.password());
                }
              }
              if (m.port() >= 0) {
                b.port(m.port());
              }
              m.params()
                  .forEach(
                      (n, v) -> {
                        if (v == null) {
                          b.parameter(n);
                        } else {
                          b.parameter(n, v);
                        }
                      });
              m.headers().forEach(h -> b.header(h.name(), h.value()));
              SipUri u = b.build();
              SipUri back = SipUri.parse(u.toString());
              assertEquals(u, back);
              assertEquals(Optional.ofNullable(m.user()), back.user());
              assertEquals(Optional.ofNullable(m.password()), back.password());
              assertEquals(Host.parse(m.host()), back.host());
              assertEquals(
                  m.port() < 0 ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(m.port()),
                  back.port());
              Map<String, Optional<String>> expected = new LinkedHashMap<>();
              m.params()
                  .forEach(
                      (n, v) ->
                          expected.put(
                              com.google.common.base.Ascii.toLowerCase(n), Optional.ofNullable(v)));
              assertEquals(expected, back.parameters());
              assertEquals(List.copyOf(expected.keySet()), List.copyOf(back.parameters().keySet()));
              m.params().forEach((n, v) -> assertEquals(Optional.ofNullable(v), back.parameter(n)));
              assertEquals(m.headers(), back.headers());
              assertTrue(u.isEquivalentTo(back));
            });
  }

  private static void parsesOrThrowsOnlyTyped(String s) {
    Optional<SipUri> tried = SipUri.tryParse(s);
    assertEquals(tried.isPresent(), SipUri.isValid(s));
    try {
      SipUri u = SipUri.parse(s);
      assertTrue(tried.isPresent());
      assertEquals(s, u.toString());
      assertEquals(u, SipUri.parse(u.canonical().toString()));
      assertEquals(u.canonical().toString(), u.canonical().canonical().toString());
      assertTrue(u.isEquivalentTo(u.canonical()));
      // Every accessor works on whatever was accepted.
      List<Object> all =
          List.of(
              u.user(),
              u.password(),
              u.rawUser(),
              u.rawPassword(),
              u.host().inetAddress(),
              u.parameters(),
              u.headers(),
              u.transport(),
              u.ttl(),
              u.maddr(),
              u.hasLr(),
              u.method(),
              u.userParam(),
              u.port(),
              u.scheme());
      assertEquals(15, all.size());
      assertEquals(u, u.toBuilder().build());
    } catch (AddressParseException e) {
      assertFalse(tried.isPresent());
      assertTrue(e.index() >= 0 && e.index() <= s.length(), e::getMessage);
    }
    for (Function<String, ?> lenient :
        List.<Function<String, ?>>of(SipUri::parseUserInput, Host::parse)) {
      try {
        assertTrue(lenient.apply(s) != null);
      } catch (AddressParseException e) {
        assertTrue(e.index() >= 0 && e.index() <= s.length(), e::getMessage);
      }
    }
  }

  @Test
  void arbitraryStringsParseOrThrowOnlyAddressParseException() {
    Gen<String> any = strings().allPossible().ofLengthBetween(0, 40);
    Gen<String> sipish =
        strings().betweenCodePoints(0x20, 0x7E).ofLengthBetween(0, 40).map(s -> "sip:" + s);
    qt().forAll(any.mix(sipish, 60)).checkAssert(SipUriProperties::parsesOrThrowsOnlyTyped);
  }

  @Test
  void mutatedUrisParseOrThrowOnlyAddressParseException() {
    String alphabet = "%@:;?=&[]<>\"\\ .-_aZ09\u00e9\u0000\t#/()+$,!~*'";
    qt().forAll(parts(), lists().of(integers().between(0, 10_000)).ofSizeBetween(3, 12))
        .checkAssert(
            (p, ops) -> parsesOrThrowsOnlyTyped(SipUriGenerators.mutate(p.text(), ops, alphabet)));
  }

  @Test
  void userInputFormsAreTheSameUri() {
    qt().forAll(parts())
        .checkAssert(
            p -> {
              SipUri u = SipUri.parse(p.text());
              assertEquals(u, SipUri.parseUserInput(" <" + p.text() + "> "));
              assertEquals(u, SipUri.parseUserInput("\"Some \\\"One\\\"\" <" + p.text() + ">"));
              assertEquals(u, SipUri.parseUserInput("\t" + p.text() + "\r\n"));
              if (!p.scheme().toLowerCase(Locale.ROOT).equals("sips")) {
                String schemeless = p.text().substring(p.scheme().length() + 1);
                List<String> forms = new ArrayList<>(List.of(schemeless, "<" + schemeless + ">"));
                for (String f : forms) {
                  try {
                    assertEquals(u.canonical(), SipUri.parseUserInput(f).canonical(), f);
                  } catch (AddressParseException e) {
                    // A scheme-less text that starts like "word:" reads as another scheme.
                    assertEquals(AddressErrorKind.BAD_SCHEME, e.kind(), f);
                  }
                }
              }
            });
  }
}

package dev.edgewise.address;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Coverage-guided fuzz targets for every parser and decoder of the module, each asserting
 * properties, not only the absence of crashes: what is accepted reads back to itself (parse, format,
 * parse), what is rejected is rejected with {@link AddressParseException}, a documented {@link
 * AddressErrorKind}, an index inside the input and a bounded message; any other exception is a
 * finding.
 *
 * <p>Without {@code JAZZER_FUZZ} (the normal suite and CI) each target replays the committed
 * inputs under {@code src/test/resources/dev/edgewise/address/AddressFuzzTestInputs/<target>/}:
 * the seed corpus and every finding. docs/reliability.md has the command that fuzzes one target.
 *
 * <p>Inputs are bytes read as UTF-8, so that seeds are readable text. Each input is checked twice:
 * as decoded, and with every U+FFFD (what malformed UTF-8 decodes to) replaced by an unpaired
 * surrogate, so that the fuzzer reaches those too.
 */
class AddressFuzzTest {
  private static final NameDecoration RULES = NameDecoration.defaults();

  private static final Set<AddressErrorKind> URI_KINDS =
      EnumSet.of(
          AddressErrorKind.EMPTY,
          AddressErrorKind.TOO_LONG,
          AddressErrorKind.BAD_SCHEME,
          AddressErrorKind.BAD_USER_CHAR,
          AddressErrorKind.BAD_PASSWORD_CHAR,
          AddressErrorKind.BAD_ESCAPE,
          AddressErrorKind.BAD_HOST,
          AddressErrorKind.BAD_IPV6,
          AddressErrorKind.BAD_PORT,
          AddressErrorKind.PORT_OUT_OF_RANGE,
          AddressErrorKind.EMPTY_PARAMETER,
          AddressErrorKind.BAD_PARAMETER_CHAR,
          AddressErrorKind.DUPLICATE_PARAMETER,
          AddressErrorKind.BAD_HEADER);
  private static final Set<AddressErrorKind> USER_INPUT_KINDS = union(URI_KINDS, AddressErrorKind.BAD_NAME_ADDR);
  private static final Set<AddressErrorKind> HOST_KINDS =
      EnumSet.of(
          AddressErrorKind.EMPTY,
          AddressErrorKind.TOO_LONG,
          AddressErrorKind.BAD_HOST,
          AddressErrorKind.BAD_IPV6);
  private static final Set<AddressErrorKind> DOMAIN_KINDS =
      EnumSet.of(AddressErrorKind.EMPTY, AddressErrorKind.TOO_LONG, AddressErrorKind.BAD_DOMAIN);
  private static final Set<AddressErrorKind> ACCOUNT_KINDS =
      union(DOMAIN_KINDS, AddressErrorKind.MISSING_AT, AddressErrorKind.BAD_LOCAL_PART);
  private static final Set<AddressErrorKind> DECORATION_KINDS =
      union(
          ACCOUNT_KINDS,
          AddressErrorKind.UNBALANCED_PARENTHESES,
          AddressErrorKind.EMPTY_DECORATED_DOMAIN,
          AddressErrorKind.DECORATED_EXCLUDED_DOMAIN,
          AddressErrorKind.WRONG_ROUTING_DOMAIN,
          AddressErrorKind.AT_IN_DECORATED_DOMAIN,
          AddressErrorKind.MISPLACED_DECORATION,
          AddressErrorKind.NOT_DECORATED,
          AddressErrorKind.NOT_CANONICAL,
          AddressErrorKind.URI_COMPONENTS_NOT_ALLOWED,
          AddressErrorKind.BAD_NAME_ADDR);
  private static final Set<AddressErrorKind> TYPED_DECODE_KINDS = union(DECORATION_KINDS, URI_KINDS);

  /** Longest {@link ContactAddress.Invalid} message: the advice plus a bounded exception message. */
  private static final int MAX_INVALID_MESSAGE = 512;

  private static Set<AddressErrorKind> union(Set<AddressErrorKind> base, AddressErrorKind... more) {
    Set<AddressErrorKind> s = EnumSet.copyOf(base);
    s.addAll(Set.of(more));
    return s;
  }

  private static Set<AddressErrorKind> union(Set<AddressErrorKind> a, Set<AddressErrorKind> b) {
    Set<AddressErrorKind> s = EnumSet.copyOf(a);
    s.addAll(b);
    return s;
  }

  /** Runs {@code check} on the input as text, and again with unpaired surrogates in it. */
  private static void forEachReading(byte[] data, java.util.function.Consumer<String> check) {
    String text = new String(data, StandardCharsets.UTF_8);
    check.accept(text);
    if (text.indexOf('\ufffd') >= 0) {
      check.accept(text.replace('\ufffd', '\ud800'));
    }
  }

  /** Parses, or checks that the rejection is a documented, well-formed one and returns null. */
  private static <T> T parseOrCheckRejection(
      Function<String, T> parser, String input, Set<AddressErrorKind> kinds) {
    try {
      T value = parser.apply(input);
      assertNotNull(value);
      return value;
    } catch (AddressParseException e) {
      checkRejection(e, input.length(), kinds);
      return null;
    }
  }

  static void checkRejection(AddressParseException e, int inputLength, Set<AddressErrorKind> kinds) {
    assertTrue(kinds.contains(e.kind()), "undocumented kind " + e.kind());
    assertTrue(e.index() >= 0 && e.index() <= inputLength, "index " + e.index() + " of " + inputLength);
    String m = e.getMessage();
    assertTrue(m.length() <= AddressParseException.MAX_MESSAGE_LENGTH, "message length " + m.length());
    assertTrue(m.startsWith(e.kind() + " at index " + e.index()), m);
  }

  /** Everything a parsed URI promises: stable text, canonical form, equivalence, accessors. */
  static void checkUri(SipUri u) {
    String text = u.toString();
    assertTrue(text.length() <= SipUri.MAX_LENGTH);
    SipUri again = SipUri.parse(text);
    assertEquals(u, again);
    assertEquals(text, again.toString());
    SipUri c = u.canonical();
    assertEquals(u, c);
    assertEquals(u.hashCode(), c.hashCode());
    assertTrue(u.isEquivalentTo(c) && c.isEquivalentTo(u));
    assertTrue(u.isEquivalentTo(u));
    SipUri cc = SipUri.parse(c.toString());
    assertEquals(c.toString(), cc.canonical().toString());
    assertEquals(u, u.toBuilder().build());
    // Accessors never throw on a parsed URI, and the typed ones agree with the generic map.
    u.user();
    u.password();
    u.rawUser();
    u.headers();
    assertEquals(u.host(), Host.parse(u.host().toString()));
    u.port();
    u.transport().ifPresent(t -> assertTrue(u.hasParameter("transport")));
    u.userParam().ifPresent(t -> assertTrue(u.hasParameter("user")));
    u.method().ifPresent(t -> assertTrue(u.hasParameter("method")));
    u.ttl().ifPresent(t -> assertTrue(t >= 0 && t <= 255));
    u.maddr().ifPresent(h -> assertTrue(u.hasParameter("maddr")));
    assertEquals(u.hasLr(), u.hasParameter("lr"));
  }

  @FuzzTest(maxDuration = "10m")
  void sipUriStrict(byte[] data) {
    forEachReading(
        data,
        s -> {
          Optional<SipUri> t = SipUri.tryParse(s);
          assertEquals(t.isPresent(), SipUri.isValid(s));
          SipUri u = parseOrCheckRejection(SipUri::parse, s, URI_KINDS);
          assertEquals(t.isPresent(), u != null);
          if (u != null) {
            assertEquals(s, u.toString());
            checkUri(u);
          }
        });
  }

  @FuzzTest(maxDuration = "10m")
  void sipUriUserInput(byte[] data) {
    forEachReading(
        data,
        s -> {
          SipUri u = parseOrCheckRejection(SipUri::parseUserInput, s, USER_INPUT_KINDS);
          ContactAddress c = ContactAddress.classify(s, RULES);
          if (u != null) {
            checkUri(u);
            // One reader: what the SIP reader accepts, the classifier does not refuse as text.
            if (c instanceof ContactAddress.Invalid i) {
              assertTrue(
                  i.kind() != AddressErrorKind.EMPTY
                      && i.kind() != AddressErrorKind.TOO_LONG
                      && i.kind() != AddressErrorKind.BAD_NAME_ADDR,
                  i.message());
            }
          } else {
            try {
              SipUri.parseUserInput(s);
            } catch (AddressParseException e) {
              if (e.kind() == AddressErrorKind.EMPTY
                  || (e.kind() == AddressErrorKind.TOO_LONG && e.index() == TypedText.MAX_LENGTH)
                  || e.kind() == AddressErrorKind.BAD_NAME_ADDR) {
                ContactAddress.Invalid i = (ContactAddress.Invalid) c;
                assertEquals(e.kind() + "@" + e.index(), i.kind() + "@" + i.index());
              }
            }
          }
        });
  }

  @FuzzTest(maxDuration = "10m")
  void host(byte[] data) {
    forEachReading(
        data,
        s -> {
          Host h = parseOrCheckRejection(Host::parse, s, HOST_KINDS);
          assertEquals(h != null, Host.isValid(s));
          assertEquals(Optional.ofNullable(h), Host.tryParse(s));
          if (h != null) {
            Host again = Host.parse(h.toString());
            assertEquals(h, again);
            assertEquals(h.toString(), again.toString());
            assertEquals(h.hashCode(), again.hashCode());
            h.domainName().ifPresent(n -> assertEquals(h.toString(), n));
          }
        });
  }

  @FuzzTest(maxDuration = "10m")
  void domain(byte[] data) {
    forEachReading(
        data,
        s -> {
          Domain d = parseOrCheckRejection(Domain::parse, s, DOMAIN_KINDS);
          assertEquals(d != null, Domain.isValid(s));
          assertEquals(Optional.ofNullable(d), Domain.tryParse(s));
          if (d != null) {
            assertEquals(d, Domain.parse(d.toString()));
            assertEquals(d.toString(), Domain.parse(d.toString()).toString());
            // A-labels round-trip: the display form is a name that parses back to this domain.
            assertEquals(d, Domain.parse(d.toUnicode()));
            assertEquals(d.toString(), String.join(".", d.labels()));
            d.parent().ifPresent(p -> assertTrue(d.isSubdomainOf(p)));
          }
        });
  }

  @FuzzTest(maxDuration = "10m")
  void microsoftAccount(byte[] data) {
    forEachReading(
        data,
        s -> {
          MicrosoftAccount a = parseOrCheckRejection(MicrosoftAccount::parse, s, ACCOUNT_KINDS);
          assertEquals(a != null, MicrosoftAccount.isValid(s));
          assertEquals(Optional.ofNullable(a), MicrosoftAccount.tryParse(s));
          if (a != null) {
            MicrosoftAccount again = MicrosoftAccount.parse(a.toString());
            assertEquals(a, again);
            assertEquals(a.toString(), again.toString());
            assertEquals(a.localPart() + "@" + a.domain(), a.toString());
            // An account's IM address decodes back to the account.
            assertEquals(a, RULES.decode(RULES.encode(a)));
          }
        });
  }

  @FuzzTest(maxDuration = "10m")
  void nameDecorationTyped(byte[] data) {
    forEachReading(
        data,
        s -> {
          MicrosoftAccount a = parseOrCheckRejection(RULES::decode, s, TYPED_DECODE_KINDS);
          if (a != null) {
            SipUri im = RULES.encode(a);
            checkUri(im);
            assertEquals(a, RULES.decode(im));
            assertEquals(a, RULES.decode(im.toString()));
          }
        });
  }

  @FuzzTest(maxDuration = "10m")
  void nameDecorationUri(byte[] data) {
    forEachReading(
        data,
        s -> {
          Optional<SipUri> parsed = SipUri.tryParse(s.startsWith("sip") ? s : "sip:" + s);
          if (parsed.isEmpty()) {
            return;
          }
          SipUri u = parsed.get();
          MicrosoftAccount a;
          try {
            a = RULES.decode(u);
          } catch (AddressParseException e) {
            checkRejection(e, u.toString().length(), union(DECORATION_KINDS, AddressErrorKind.BAD_SCHEME, AddressErrorKind.BAD_USER_CHAR, AddressErrorKind.BAD_HOST));
            return;
          }
          // The documented law: whatever decode(SipUri) accepts, encode writes back equivalently.
          SipUri im = RULES.encode(a);
          assertTrue(im.isEquivalentTo(u), im + " vs " + u);
          assertEquals(a, RULES.decode(im));
        });
  }

  @FuzzTest(maxDuration = "10m")
  void classify(byte[] data) {
    forEachReading(
        data,
        s -> {
          ContactAddress c = ContactAddress.classify(s, RULES);
          assertNotNull(c.message());
          if (c instanceof ContactAddress.SipAddress x) {
            assertTrue(c.isAddable());
            checkUri(x.uri());
          } else if (c instanceof ContactAddress.NativeAccount x) {
            assertTrue(c.isAddable());
            assertEquals(x.account(), RULES.decode(x.imAddress()));
            assertTrue(RULES.isExcluded(x.account().domain()));
          } else if (c instanceof ContactAddress.DecoratedAccount x) {
            assertTrue(c.isAddable());
            assertEquals(x.account(), RULES.decode(x.imAddress()));
            assertTrue(RULES.isDecorated(x.account()));
          } else if (c instanceof ContactAddress.Ambiguous x) {
            assertFalse(c.isAddable());
            checkUri(x.federatedUser());
            assertEquals(x.account(), RULES.decode(x.decorated()));
          } else if (c instanceof ContactAddress.SkypeName x) {
            assertFalse(c.isAddable() || x.name().isEmpty());
          } else if (c instanceof ContactAddress.PhoneNumber x) {
            assertFalse(c.isAddable() || x.number().isEmpty());
          } else {
            ContactAddress.Invalid x = (ContactAddress.Invalid) c;
            assertFalse(c.isAddable());
            assertTrue(x.index() >= 0 && x.index() <= s.length(), "index " + x.index());
            assertTrue(x.message().length() <= MAX_INVALID_MESSAGE, x.message());
          }
        });
  }
}

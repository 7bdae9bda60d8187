package dev.edgewise.address;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SipUriTest {

  @Test
  void lyncAddresses() {
    SipUri plain = SipUri.parse("sip:bob@contoso.com");
    assertEquals(Optional.of("bob"), plain.user());
    assertEquals("contoso.com", plain.host().domainName().orElseThrow());
    assertFalse(plain.isSecure());
    assertEquals("sip", plain.scheme());

    SipUri decorated = SipUri.parse("sip:bob(contoso.com)@msn.com");
    assertEquals(Optional.of("bob(contoso.com)"), decorated.user());
    assertEquals("msn.com", decorated.host().toString());
    assertEquals(decorated, SipUri.parse("sip:bob%28contoso.com%29@msn.com"));
  }

  @Test
  void inputLongerThanTheCapIsTooLongWhateverItHolds() {
    String huge = "sip:" + "a".repeat(100_000) + "@example.com";
    AddressParseException e = assertThrows(AddressParseException.class, () -> SipUri.parse(huge));
    assertEquals(AddressErrorKind.TOO_LONG, e.kind());
    assertEquals(SipUri.MAX_LENGTH, e.index());
    assertTrue(e.getMessage().length() < 120, e.getMessage());
    assertEquals(Optional.empty(), SipUri.tryParse(huge));
    assertFalse(SipUri.isValid(huge));
    assertEquals(
        AddressErrorKind.TOO_LONG,
        assertThrows(AddressParseException.class, () -> SipUri.parseUserInput(huge)).kind());
    assertEquals(
        AddressErrorKind.TOO_LONG,
        assertThrows(AddressParseException.class, () -> Host.parse("a".repeat(100_000))).kind());
    assertFalse(Host.isValid("a".repeat(100_000)));
    assertEquals(Optional.empty(), Host.tryParse("a".repeat(100_000)));
  }

  @Test
  void longestAcceptedInput() {
    String prefix = "sip:alice@example.com;x=";
    String max = prefix + "v".repeat(SipUri.MAX_LENGTH - prefix.length());
    assertEquals(SipUri.MAX_LENGTH, SipUri.parse(max).toString().length());
    assertEquals(
        AddressErrorKind.TOO_LONG,
        assertThrows(AddressParseException.class, () -> SipUri.parse(max + "v")).kind());
  }

  @Test
  void manyParametersAreCheckedForDuplicatesByHashing() {
    StringBuilder sb = new StringBuilder("sip:h.com");
    for (int i = 0; i < 500; i++) {
      sb.append(";p").append(i);
    }
    assertEquals(500, SipUri.parse(sb).parameters().size());
    sb.append(";P250");
    AddressParseException e = assertThrows(AddressParseException.class, () -> SipUri.parse(sb));
    assertEquals(AddressErrorKind.DUPLICATE_PARAMETER, e.kind());
    assertEquals(sb.length() - 4, e.index());
  }

  @Test
  void hostsAreLowerCasedWithoutTheDefaultLocale() {
    // Under tr-TR, "I".toLowerCase() is a dotless i; the parser must not care.
    SipUri u = SipUri.parse("SIP:ALICE@EXAMPLE.COM;TRANSPORT=TLS;MADDR=IMAGINE.IO");
    assertEquals("example.com", u.host().toString());
    assertEquals("sip:ALICE@example.com;transport=TLS;maddr=IMAGINE.IO", u.canonical().toString());
    assertEquals(Optional.of("TLS"), u.transport());
    assertEquals("imagine.io", u.maddr().orElseThrow().toString());
    assertTrue(u.parameters().containsKey("maddr"));
    assertTrue(u.hasParameter("MADDR"));
    assertTrue(
        u.isEquivalentTo(SipUri.parse("sip:ALICE@example.com;transport=tls;maddr=imagine.io")));
    assertEquals(u, SipUri.parseUserInput("ALICE@EXAMPLE.COM;TRANSPORT=TLS;MADDR=IMAGINE.IO"));
    assertEquals(
        Optional.of("i"), SipUri.parse("sip:h.com;I=i").parameters().keySet().stream().findFirst());
  }

  @Test
  void typedParameters() {
    SipUri u =
        SipUri.parse(
            "sip:alice@atlanta.com;transport=tcp;user=phone;method=INVITE;ttl=15;maddr=[::1];lr;x=%41");
    assertEquals(Optional.of("tcp"), u.transport());
    assertEquals(Optional.of("phone"), u.userParam());
    assertEquals(Optional.of("INVITE"), u.method());
    assertEquals(OptionalInt.of(15), u.ttl());
    assertEquals(Optional.of(Host.parse("[::1]")), u.maddr());
    assertTrue(u.hasLr());
    assertEquals(Optional.of("A"), u.parameter("X"));
    assertEquals(Optional.empty(), u.parameter("lr"));
    assertTrue(u.hasParameter("lr"));
    assertFalse(u.hasParameter("nope"));
    assertEquals(
        List.of("transport", "user", "method", "ttl", "maddr", "lr", "x"),
        List.copyOf(u.parameters().keySet()));
    assertEquals(Optional.empty(), u.parameters().get("LR"));
    assertThrows(
        UnsupportedOperationException.class, () -> u.parameters().put("a", Optional.empty()));

    SipUri bare = SipUri.parse("sip:alice@atlanta.com");
    assertEquals(Optional.empty(), bare.transport());
    assertEquals(OptionalInt.empty(), bare.ttl());
    assertEquals(Optional.empty(), bare.maddr());
    assertFalse(bare.hasLr());
    assertEquals(Map.of(), bare.parameters());
    assertEquals(List.of(), bare.headers());
  }

  @Test
  void builderEscapesWhatMustBeEscaped() {
    SipUri u =
        SipUri.builder()
            .user("al@ice #1;x")
            .password("p:w@%")
            .host("Atlanta.com")
            .port(5060)
            .parameter("na me", "va;lue")
            .header("email", "alice@priv.com")
            .header("Subject", "")
            .build();
    assertEquals(
        "sip:al%40ice%20%231;x:p%3Aw%40%25@atlanta.com:5060;na%20me=va%3Blue?email=alice%40priv.com&Subject=",
        u.toString());
    assertEquals(Optional.of("al@ice #1;x"), u.user());
    assertEquals(Optional.of("p:w@%"), u.password());
    assertEquals(Optional.of("va;lue"), u.parameter("na me"));
    assertEquals(
        List.of(new SipUri.Header("email", "alice@priv.com"), new SipUri.Header("Subject", "")),
        u.headers());
    assertEquals(u, SipUri.parse(u.toString()));
  }

  @Test
  void builderTakesNonAsciiAsUtf8() {
    SipUri u = SipUri.builder().user("zoë😀").host("h.com").build();
    assertEquals("sip:zo%C3%AB%F0%9F%98%80@h.com", u.toString());
    assertEquals(Optional.of("zoë😀"), u.user());
    assertThrows(IllegalArgumentException.class, () -> SipUri.builder().user("\uD800x"));
    assertThrows(IllegalArgumentException.class, () -> SipUri.builder().user("x\uDC00"));
  }

  @Test
  void builderRejectsWhatNoEscapeCanFix() {
    SipUri.Builder b = SipUri.builder();
    assertThrows(IllegalArgumentException.class, () -> b.user(""));
    assertThrows(IllegalArgumentException.class, () -> b.port(65_536));
    assertThrows(IllegalArgumentException.class, () -> b.port(-1));
    assertThrows(IllegalArgumentException.class, () -> b.ttl(256));
    assertThrows(IllegalArgumentException.class, () -> b.transport("t c p"));
    assertThrows(IllegalArgumentException.class, () -> b.method("IN@VITE"));
    assertThrows(IllegalArgumentException.class, () -> b.parameter("ttl", "x"));
    assertThrows(IllegalArgumentException.class, () -> b.parameter("maddr", "1.2.3.444"));
    assertThrows(IllegalArgumentException.class, () -> b.parameter("ttl"));
    assertThrows(IllegalArgumentException.class, () -> b.parameter(""));
    assertThrows(IllegalArgumentException.class, () -> b.parameter("x", ""));
    assertThrows(IllegalArgumentException.class, () -> b.header("", "x"));
    assertThrows(AddressParseException.class, () -> b.host("enlite_dev"));
    assertThrows(IllegalStateException.class, b::build);
    b.host("h.com").password("pw");
    assertThrows(IllegalStateException.class, b::build);
    assertThrows(IllegalArgumentException.class, () -> new SipUri.Header("", "x"));
  }

  @Test
  void builderEditsKeepWhatWasWritten() {
    SipUri u = SipUri.parse("sip:%2auser:pw@Host.com:5060;Transport=TCP;lr?a=1");
    SipUri edited = u.toBuilder().secure(true).clearPort().lr(false).transport("tls").build();
    assertEquals("sips:%2auser:pw@host.com;transport=tls?a=1", edited.toString());
    SipUri cleared =
        u.toBuilder()
            .clearUser()
            .clearHeaders()
            .removeParameter("TRANSPORT")
            .ttl(3)
            .method("BYE")
            .userParam("ip")
            .maddr(Host.parse("[::1]"))
            .parameter("lr")
            .build();
    assertEquals("sip:host.com:5060;lr;ttl=3;method=BYE;user=ip;maddr=[::1]", cleared.toString());
    assertEquals(
        "sip:%2auser@host.com:5060;Transport=TCP;lr?a=1",
        u.toBuilder().clearPassword().build().toString());
    assertEquals(u, u.toBuilder().build());
  }

  @Test
  void canonicalIsTheSameInstanceWhenAlreadyCanonical() {
    SipUri u = SipUri.parse("sip:bob@contoso.com;transport=tcp");
    assertSame(u, u.canonical());
    assertNotEquals(SipUri.parse("sip:bob@contoso.com"), SipUri.parse("sip:Bob@contoso.com"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"sip:alice@atlanta.com", "SIPS:ALICE@ATLANTA.COM:5061;LR", "sip:[::1]"})
  void toStringIsTheTextAsGiven(String text) {
    assertEquals(text, SipUri.parse(text).toString());
    CharSequence chars = java.nio.CharBuffer.wrap(text);
    assertEquals(text, SipUri.parse(chars).toString());
  }

  @Test
  void manyParametersAndHeadersCompareByIndexWithTheSameAnswers() {
    StringBuilder a = new StringBuilder("sip:bob@contoso.com;ttl=5");
    for (int i = 0; i < 40; i++) {
      a.append(";p").append(i).append("=v").append(i);
    }
    String headersA = "?h=x%2f&h=x%2f&" + "k=1&".repeat(20) + "last=%5b";
    // Reordered, other letter case, needless escapes: everything RFC 3261 19.1.4 ignores.
    StringBuilder b = new StringBuilder("sip:bob@contoso.com");
    for (int i = 39; i >= 0; i--) {
      b.append(i % 2 == 0 ? ";%50" : ";P").append(i).append("=V").append(i);
    }
    b.append(";TTL=005");
    String headersB = "?K=1&H=X%2F&" + "k=1&".repeat(19) + "h=x%2F&LAST=[";

    SipUri u = SipUri.parse(a + headersA);
    SipUri v = SipUri.parse(b + headersB);
    assertTrue(u.isEquivalentTo(v));
    assertTrue(v.isEquivalentTo(u));
    assertTrue(u.isEquivalentTo(SipUri.parse(a + ";only-here=1" + headersA)));

    SipUri otherValue = SipUri.parse(b.toString().replace(";P7=V7", ";P7=V8") + headersB);
    SipUri otherHeader = SipUri.parse(b + headersB.replace("K=1", "K=2"));
    SipUri escapedReserved = SipUri.parse(b + headersB.replace("H=X%2F", "H=X/"));
    SipUri noTtl = SipUri.parse(b.toString().replace(";TTL=005", "") + headersB);
    SipUri fewerHeaders = SipUri.parse(b + headersB.replace("K=1&", ""));
    for (SipUri w : List.of(otherValue, otherHeader, escapedReserved, noTtl, fewerHeaders)) {
      assertFalse(u.isEquivalentTo(w), w::toString);
      assertFalse(w.isEquivalentTo(u), w::toString);
    }
  }

  @Test
  void escapedTtlAndMaddrValuesCompareDecoded() {
    // Fuzz finding (sipUriStrict): the two were equal (same canonical form) but not equivalent,
    // because ttl compared as a number only when written in plain digits.
    String[][] pairs = {
      {"sip:a@h;ttl=15%31", "sip:a@h;ttl=151"},
      {"sip:a@h;maddr=%5B::1%5D", "sip:a@h;maddr=[::1]"},
      {"sip:a@h;maddr=%5B0:0::1%5D", "sip:a@h;maddr=[::1]"},
    };
    for (String[] p : pairs) {
      SipUri u = SipUri.parse(p[0]);
      SipUri v = SipUri.parse(p[1]);
      assertTrue(u.isEquivalentTo(v) && v.isEquivalentTo(u), p[0]);
      assertTrue(u.isEquivalentTo(u.canonical()), p[0]);
    }
    assertFalse(SipUri.parse("sip:a@h;ttl=15%32").isEquivalentTo(SipUri.parse("sip:a@h;ttl=151")));
  }

  @Test
  void equivalenceIsNotTransitive() {
    SipUri on = SipUri.parse("sip:carol@chicago.com;security=on");
    SipUri bare = SipUri.parse("sip:carol@chicago.com");
    SipUri off = SipUri.parse("sip:carol@chicago.com;security=off");
    assertTrue(on.isEquivalentTo(bare));
    assertTrue(bare.isEquivalentTo(off));
    assertFalse(on.isEquivalentTo(off));
  }

  @Test
  void equalsAndHashCode() {
    SipUri a = SipUri.parse("SIP:%61lice@AtLanTa.CoM;Transport=TCP");
    SipUri b = SipUri.parse("sip:alice@atlanta.com;transport=TCP");
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, SipUri.parse("sip:alice@atlanta.com;transport=tcp"));
    assertFalse(a.equals("sip:alice@atlanta.com;transport=TCP"));
  }

  @Test
  void hostForms() {
    assertEquals(Host.Type.IPV4, Host.parse("192.0.2.4").type());
    assertEquals("[2001:db8::9:1]", Host.parse("[2001:DB8:0:0::9:01]").toString());
    assertEquals(Host.parse("[::ffff:192.0.2.128]"), Host.parse("[::FFFF:c000:280]"));
    assertNotEquals(Host.parse("[::ffff:192.0.2.128]"), Host.parse("192.0.2.128"));
    assertTrue(Host.parse("[::1]").isIpAddress());
    assertFalse(Host.parse("contoso.com").isIpAddress());
    assertEquals(Optional.empty(), Host.parse("[::1]").domainName());
    assertEquals("/0:0:0:0:0:0:0:1", Host.parse("[::1]").inetAddress().orElseThrow().toString());
    assertEquals("/192.0.2.4", Host.parse("192.0.2.4").inetAddress().orElseThrow().toString());
    assertEquals(Optional.empty(), Host.parse("contoso.com").inetAddress());
    assertFalse(Host.isValid("2001:db8::10"));
    assertFalse(Host.isValid("enlite_dev"));
    assertFalse(Host.isValid(""));
    assertEquals(Optional.empty(), Host.tryParse("1.2.3.444"));
    assertEquals(
        AddressErrorKind.BAD_HOST,
        assertThrows(AddressParseException.class, () -> Host.parse("a.com:5060")).kind());
    assertEquals(Host.parse("Contoso.COM"), Host.parse("contoso.com"));
    assertEquals(Host.parse("Contoso.COM").hashCode(), Host.parse("contoso.com").hashCode());
  }

  @Test
  void ipv6TextFollowsRfc5952() {
    assertEquals(
        "[2001:db8::1]", Host.parse("[2001:0db8:0000:0000:0000:0000:0000:0001]").toString());
    assertEquals("[2001:0:0:1::1]", Host.parse("[2001:0:0:1:0:0:0:1]").toString());
    assertEquals("[2001:db8::1:0:0:1]", Host.parse("[2001:db8:0:0:1:0:0:1]").toString());
    assertEquals("[::ffff:1.2.3.4]", Host.parse("[::ffff:0102:0304]").toString());
    assertEquals("[::]", Host.parse("[0:0:0:0:0:0:0:0]").toString());
    assertEquals("[1::]", Host.parse("[1:0:0:0:0:0:0:0]").toString());
  }
}

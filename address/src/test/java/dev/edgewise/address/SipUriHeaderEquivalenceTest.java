package dev.edgewise.address;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Header components under RFC 3261 19.1.4 as {@link SipUri#isEquivalentTo} reads them: never
 * ignored, compared as a multiset (order does not matter, repetitions do), an escape equal to the
 * character it stands for. Pairs whose canonical texts differ, so that the component comparison
 * itself answers, below and above the pairwise limit. Written against a comparison branch no test
 * reached.
 */
class SipUriHeaderEquivalenceTest {

  private static void assertEquivalence(String a, String b, boolean expected) {
    SipUri x = SipUri.parse(a);
    SipUri y = SipUri.parse(b);
    assertNotEquals(x.canonical().toString(), y.canonical().toString(), "not a component case");
    assertEquals(expected, x.isEquivalentTo(y), a + " ~ " + b);
    assertEquals(expected, y.isEquivalentTo(x), b + " ~ " + a);
  }

  @ParameterizedTest(name = "{0} ~ {1}: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "sip:a@h.com?x=1&y=2 | sip:a@h.com?y=2&x=1 | true",
        "sip:a@h.com?x=1&y=%32 | sip:a@h.com?y=2&x=1 | true",
        "sip:a@h.com?x=1&x=1&y=2 | sip:a@h.com?x=1&y=2&x=1 | true",
        "sip:a@h.com?x=1&y=2 | sip:a@h.com?y=2&x=3 | false",
        "sip:a@h.com?x=1&x=1 | sip:a@h.com?x=1&y=1 | false",
        "sip:a@h.com?x=1&y=1 | sip:a@h.com?y=1&y=1 | false",
        "sip:a@h.com?x=1 | sip:a@h.com?x=1&x=1 | false",
        "sip:a@h.com?x=1 | sip:a@h.com | false",
        "sip:a@h.com;lr?x=1 | sip:a@h.com;lr | false",
      })
  void headersAreAMultiset(String a, String b, boolean expected) {
    assertEquivalence(a, b, expected);
  }

  private static String withHeaders(List<String> headers) {
    return "sip:a@h.com?" + String.join("&", headers);
  }

  private static List<String> headers(int n) {
    List<String> l = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      l.add("h" + i + "=v" + i);
    }
    return l;
  }

  @ParameterizedTest(name = "{0} headers")
  @ValueSource(ints = {2, SipUriEquivalence.PAIRWISE_LIMIT, SipUriEquivalence.PAIRWISE_LIMIT + 1, 30})
  void orderDoesNotMatterAtAnyCountButEveryHeaderDoes(int n) {
    List<String> h = headers(n);
    List<String> reversed = new ArrayList<>(h);
    Collections.reverse(reversed);
    assertEquivalence(withHeaders(h), withHeaders(reversed), true);
    // One value changed.
    List<String> changed = new ArrayList<>(reversed);
    changed.set(0, changed.get(0) + "x");
    assertEquivalence(withHeaders(h), withHeaders(changed), false);
    // One header repeated in place of another: same count, different multiset.
    List<String> repeated = new ArrayList<>(reversed);
    repeated.set(0, repeated.get(1));
    assertEquivalence(withHeaders(h), withHeaders(repeated), false);
    // One more header.
    List<String> more = new ArrayList<>(reversed);
    more.add("extra=1");
    assertEquivalence(withHeaders(h), withHeaders(more), false);
  }
}

package dev.edgewise.benchmarks;

import dev.edgewise.address.MicrosoftAccount;
import dev.edgewise.address.NameDecoration;
import dev.edgewise.address.SipUri;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Writing a Microsoft account as the SIP address Lync routes to Skype, and reading it back: {@code
 * encode} over the plain accounts of {@code corpus/emails.tsv}, {@code decode(SipUri)} over the
 * decorated URIs of {@code corpus/sip-uris.tsv}, {@code decode(CharSequence)} over the decorated
 * typed text of {@code corpus/emails.tsv}. The {@code Ascii} variants read the same inputs without
 * the internationalized ones (an A-label in the URI, a U-label in typed text), to show how much of
 * the mixed figure those cost: an A-label is decoded and encoded again to check that it round-trips,
 * and a U-label goes through IDNA.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class NameDecorationBenchmark {
  private final NameDecoration rules = NameDecoration.defaults();
  private Cycle<MicrosoftAccount> accounts =
      new Cycle<>(new MicrosoftAccount[] {MicrosoftAccount.parse("bob@contoso.com")});
  private Cycle<SipUri> uris = new Cycle<>(new SipUri[] {SipUri.parse("sip:alice@live.com")});
  private Cycle<String> typed = new Cycle<>(new String[] {"bob(contoso.com)@msn.com"});
  private Cycle<SipUri> asciiUris = uris;
  private Cycle<String> asciiTyped = typed;

  @Setup
  public void setUp() {
    Corpus emails = Corpus.load("emails.tsv");
    String[] plain = emails.texts("plain");
    MicrosoftAccount[] a = new MicrosoftAccount[plain.length];
    for (int i = 0; i < plain.length; i++) {
      a[i] = MicrosoftAccount.parse(plain[i]);
    }
    accounts = new Cycle<>(a);

    Corpus sip = Corpus.load("sip-uris.tsv");
    String[] decorated = sip.texts("decorated");
    String[] nativeAccounts = sip.texts("native");
    SipUri[] u = new SipUri[decorated.length + nativeAccounts.length];
    for (int i = 0; i < u.length; i++) {
      u[i] =
          SipUri.parse(
              i < decorated.length ? decorated[i] : nativeAccounts[i - decorated.length]);
      rules.decode(u[i]);
    }
    uris = new Cycle<>(u);
    SipUri[] au =
        Arrays.stream(u)
            .filter(x -> isAscii(x.toString()) && !x.toString().contains("xn--"))
            .toArray(SipUri[]::new);
    asciiUris = new Cycle<>(au);

    String[] t = emails.texts("decorated");
    for (String s : t) {
      rules.decode(s);
    }
    typed = new Cycle<>(t);
    String[] at = Arrays.stream(t).filter(x -> isAscii(x) && !x.contains("xn--")).toArray(String[]::new);
    asciiTyped = new Cycle<>(at);
    if (au.length == u.length || at.length == t.length) {
      throw new IllegalStateException("the corpus has no internationalized decorated address");
    }
  }

  private static boolean isAscii(String s) {
    return s.chars().allMatch(c -> c < 0x80);
  }

  @Benchmark
  public SipUri encode() {
    return rules.encode(accounts.next());
  }

  @Benchmark
  public MicrosoftAccount decodeUri() {
    return rules.decode(uris.next());
  }

  @Benchmark
  public MicrosoftAccount decodeTyped() {
    return rules.decode(typed.next());
  }

  @Benchmark
  public MicrosoftAccount decodeUriAscii() {
    return rules.decode(asciiUris.next());
  }

  @Benchmark
  public MicrosoftAccount decodeTypedAscii() {
    return rules.decode(asciiTyped.next());
  }
}

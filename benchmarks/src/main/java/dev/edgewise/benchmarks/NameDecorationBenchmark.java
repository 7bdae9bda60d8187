package dev.edgewise.benchmarks;

import dev.edgewise.address.MicrosoftAccount;
import dev.edgewise.address.NameDecoration;
import dev.edgewise.address.SipUri;
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
 * typed text of {@code corpus/emails.tsv}.
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

    String[] t = emails.texts("decorated");
    for (String s : t) {
      rules.decode(s);
    }
    typed = new Cycle<>(t);
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
}

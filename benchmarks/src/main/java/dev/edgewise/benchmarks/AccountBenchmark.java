package dev.edgewise.benchmarks;

import dev.edgewise.address.MicrosoftAccount;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.concurrent.TimeUnit;
import org.apache.commons.validator.routines.EmailValidator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Reading plain e-mail addresses as Microsoft account names ({@code corpus/emails.tsv}, class
 * {@code plain}), beside Jakarta Mail's {@code InternetAddress} in strict mode and Commons
 * Validator's {@code EmailValidator} on the same inputs; and Edgewise alone on internationalized
 * domains, which the peers read differently or not at all.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class AccountBenchmark {
  private final EmailValidator commons = EmailValidator.getInstance();
  private Cycle<String> plain = new Cycle<>(new String[] {"alice@live.com"});
  private Cycle<String> idn = new Cycle<>(new String[] {"bob@bücher.de"});

  @Setup
  public void setUp() throws AddressException {
    Corpus corpus = Corpus.load("emails.tsv");
    String[] plainTexts = corpus.texts("plain");
    for (String t : plainTexts) {
      MicrosoftAccount.parse(t);
      new InternetAddress(t, true);
      if (!commons.isValid(t)) {
        throw new IllegalStateException("Commons Validator rejects " + t);
      }
    }
    String[] idnTexts = corpus.texts("idn");
    for (String t : idnTexts) {
      MicrosoftAccount.parse(t);
    }
    plain = new Cycle<>(plainTexts);
    idn = new Cycle<>(idnTexts);
  }

  @Benchmark
  public MicrosoftAccount edgewiseParsePlain() {
    return MicrosoftAccount.parse(plain.next());
  }

  @Benchmark
  public boolean edgewiseIsValidPlain() {
    return MicrosoftAccount.isValid(plain.next());
  }

  @Benchmark
  public MicrosoftAccount edgewiseParseIdn() {
    return MicrosoftAccount.parse(idn.next());
  }

  @Benchmark
  public InternetAddress jakartaInternetAddress() throws AddressException {
    return new InternetAddress(plain.next(), true);
  }

  @Benchmark
  public boolean commonsEmailValidator() {
    return commons.isValid(plain.next());
  }
}

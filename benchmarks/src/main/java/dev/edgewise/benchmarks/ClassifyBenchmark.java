package dev.edgewise.benchmarks;

import dev.edgewise.address.ContactAddress;
import dev.edgewise.address.NameDecoration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Classifying what people type into the add-contact box ({@code corpus/contacts.tsv}): plain
 * e-mail-like addresses, decorated accounts, and the whole mixed corpus with its invalid lines.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ClassifyBenchmark {
  private final NameDecoration rules = NameDecoration.defaults();
  private Cycle<String> plain = new Cycle<>(new String[] {"bob@contoso.com"});
  private Cycle<String> decorated = new Cycle<>(new String[] {"bob(contoso.com)@msn.com"});
  private Cycle<String> mixed = new Cycle<>(new String[] {"bob@contoso.com"});

  @Setup
  public void setUp() {
    Corpus corpus = Corpus.load("contacts.tsv");
    for (Corpus.Entry e : corpus.entries()) {
      boolean addable = ContactAddress.classify(e.text(), rules).isAddable();
      if (e.kind().equals("invalid") && addable) {
        throw new IllegalStateException("should not be addable: " + e);
      }
      if ((e.kind().equals("decorated") || e.kind().equals("sip")) && !addable) {
        throw new IllegalStateException("should be addable: " + e);
      }
    }
    plain = new Cycle<>(corpus.texts("plain"));
    decorated = new Cycle<>(corpus.texts("decorated"));
    mixed = new Cycle<>(corpus.texts());
  }

  @Benchmark
  public ContactAddress classifyPlain() {
    return ContactAddress.classify(plain.next(), rules);
  }

  @Benchmark
  public ContactAddress classifyDecorated() {
    return ContactAddress.classify(decorated.next(), rules);
  }

  @Benchmark
  public ContactAddress classifyMixed() {
    return ContactAddress.classify(mixed.next(), rules);
  }
}

package dev.edgewise.benchmarks;

import dev.edgewise.core.contact.ContactEvent;
import dev.edgewise.core.contact.ContactRelationship;
import dev.edgewise.core.contact.Gates;
import dev.edgewise.core.contact.Side;
import dev.edgewise.core.contact.Transition;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * One step of the contact-request state machine: the Lync user adds a Skype user, and the Skype
 * user accepts the request that is pending.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ContactMachineBenchmark {
  private final ContactRelationship initial = ContactRelationship.initial(Gates.allOpen());
  private final ContactEvent add = ContactEvent.add(Side.LYNC);
  private final ContactEvent accept = ContactEvent.accept(Side.SKYPE);
  private final ContactRelationship pending = initial.apply(add).next();

  @Benchmark
  public Transition add() {
    return initial.apply(add);
  }

  @Benchmark
  public Transition accept() {
    return pending.apply(accept);
  }
}

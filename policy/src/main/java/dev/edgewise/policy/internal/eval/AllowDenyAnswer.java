package dev.edgewise.policy.internal.eval;

import dev.edgewise.address.SipUri;
import dev.edgewise.core.Modality;
import dev.edgewise.policy.InboundRequest;
import dev.edgewise.policy.RemoteParty;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The allow/deny answer: the same gates as the explained decision, counted by a {@link
 * Verdicts.Tally} instead of worded, for an edge proxy that asks per message.
 *
 * <p>Why one {@link Ask}, {@link Party} and tally per thread, overwritten per request, rather than
 * new ones the JIT might scalar-replace: escape analysis drops them only if every gate a request
 * runs is inlined into the caller, and the gate chain is too large for that to hold (C2 reports
 * the reader as "hot method too big" and {@code Gates.run} as "already compiled into a big
 * method" once {@code evaluate} or another caller has compiled it). A party named by SIP URI or
 * account therefore allocates nothing, whatever the JIT decides; typed text and unmodelled
 * parties take the explained reading, which allocates. The scratch objects never leave the call
 * and are refilled in full before the gates read them; an evaluator stays safe to share, since
 * each thread has its own.
 */
public final class AllowDenyAnswer {
  private final CompiledConfiguration config;
  private final PartyReader reader;
  private final Gates gates;

  // Per evaluator, not static: the scratch holds nothing of the configuration, but a static
  // would be state shared by every evaluator in the process.
  @SuppressWarnings("ThreadLocalUsage")
  private final ThreadLocal<@Nullable Scratch> scratch = new ThreadLocal<>();

  public AllowDenyAnswer(CompiledConfiguration config, PartyReader reader, Gates gates) {
    this.config = config;
    this.reader = reader;
    this.gates = gates;
  }

  /** Whether the gates allow the request; {@code in} is null for an outbound one. */
  public boolean isAllowed(
      SipUri localUser, RemoteParty remote, Modality modality, @Nullable InboundRequest in) {
    @Nullable UserEntry user = config.userEntry(localUser);
    if (!PartyReader.readsFast(remote)) {
      Verdicts.Tally tally = new Verdicts.Tally();
      gates.run(new Ask(localUser, user, reader.read(remote), modality, in), tally);
      return tally.isAllowed();
    }
    Scratch s = scratch.get();
    if (s == null) {
      s = new Scratch(new Ask(localUser, user, Party.notModelled("", ""), modality, in));
      scratch.set(s);
    } else {
      s.ask.refill(localUser, user, modality, in);
    }
    reader.readFast(remote, s.ask.party);
    s.tally.reset();
    gates.run(s.ask, s.tally);
    return s.tally.isAllowed();
  }

  /** One thread's request facts and tally, reused from request to request. */
  private static final class Scratch {
    final Ask ask;
    final Verdicts.Tally tally = new Verdicts.Tally();

    Scratch(Ask ask) {
      this.ask = ask;
    }
  }
}

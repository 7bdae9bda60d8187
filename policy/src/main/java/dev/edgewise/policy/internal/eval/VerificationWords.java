package dev.edgewise.policy.internal.eval;

import dev.edgewise.address.Domain;
import dev.edgewise.policy.AllowedDomain;
import dev.edgewise.policy.EdgeRouting;
import dev.edgewise.policy.InboundRequest;
import dev.edgewise.policy.OnPremisesConfiguration;
import dev.edgewise.policy.VerificationLevel;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The sentences of the inbound verification gate ({@code SENDER_VERIFIED}, {@code
 * UNVERIFIED_NOT_IN_CONTACTS}): which level is in force for the message's source, and what it
 * made of the message. {@link Explainer} delegates here.
 */
final class VerificationWords {
  private final CompiledConfiguration config;

  VerificationWords(CompiledConfiguration config) {
    this.config = config;
  }

  /** The level in force for the verification gate's source. */
  VerificationLevel level(GateOutcome o, Ask a) {
    OnPremisesConfiguration p = config.onPremises();
    Domain d = o.domain();
    @Nullable AllowedDomain entry = d == null ? null : config.allowedEntry(d);
    if (o.detail() == Detail.DEFAULT_ROUTE
        && p != null
        && p.accessEdge().routing() instanceof EdgeRouting.DefaultRoute dr) {
      return dr.verificationLevel();
    }
    if (o.detail() == Detail.ALLOWED_DOMAIN && entry != null) {
      return entry.verificationLevel();
    }
    if (o.detail() == Detail.DISCOVERED_PARTNER && p != null) {
      return p.accessEdge().discoveredPartnerVerificationLevel();
    }
    return Explainer.requireProvider(a.party).verificationLevel();
  }

  private String source(GateOutcome o) {
    return switch (o.detail()) {
      case DEFAULT_ROUTE -> "the default route";
      case ALLOWED_DOMAIN -> "the allowed domain " + o.domain();
      case DISCOVERED_PARTNER -> "discovered partners";
      default -> "";
    };
  }

  String verified(GateOutcome o, Ask a) {
    VerificationLevel level = level(o, a);
    InboundRequest in = Explainer.requireInbound(a);
    if (o.detail() == Detail.PUBLIC_PROVIDER) {
      String id = Explainer.requireProvider(a.party).identity();
      return switch (level) {
        case ALWAYS_VERIFIABLE -> "Messages from " + id
            + " are always treated as verified (AlwaysVerifiable).";
        case USE_SOURCE_VERIFICATION -> "The message carries " + id
            + "'s verification mark (UseSourceVerification).";
        case ALWAYS_UNVERIFIABLE -> "Messages from " + id + " are unverified"
            + " (AlwaysUnverifiable), but the sender is on the recipient's contact list.";
      };
    }
    if (level == VerificationLevel.ALWAYS_VERIFIABLE) {
      return "Messages from " + source(o) + " are always treated as verified (AlwaysVerifiable).";
    }
    if (level == VerificationLevel.USE_SOURCE_VERIFICATION && in.verificationMark()) {
      String verb = o.detail() == Detail.DISCOVERED_PARTNER ? " are" : " is";
      return "The message carries the verification mark that " + source(o) + verb
          + " trusted for.";
    }
    return "The message is unverified, but the sender is on the recipient's contact list.";
  }

  String unverified(GateOutcome o, Ask a) {
    String how;
    if (o.detail() == Detail.PUBLIC_PROVIDER) {
      how = "Messages from " + Explainer.requireProvider(a.party).identity()
          + " are always unverified (AlwaysUnverifiable)";
    } else if (level(o, a) == VerificationLevel.ALWAYS_UNVERIFIABLE) {
      how = "Messages from " + source(o) + " are always unverified (AlwaysUnverifiable)";
    } else {
      how = "The message carries no verification mark, so under UseSourceVerification it is"
          + " treated as unverified, as for " + source(o);
    }
    return how + ", and an unverified message is delivered only if the sender is on the"
        + " recipient's contact list; " + a.party.display + " is not.";
  }
}

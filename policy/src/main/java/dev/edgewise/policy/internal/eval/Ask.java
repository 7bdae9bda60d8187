package dev.edgewise.policy.internal.eval;

import dev.edgewise.address.Domain;
import dev.edgewise.address.SipUri;
import dev.edgewise.core.Modality;
import dev.edgewise.policy.InboundRequest;
import java.util.Optional;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The facts of one request that the gates, the explainer and the catalog read. Not final for the
 * reason {@link Party} gives: the allow/deny answer overwrites one per thread ({@link #refill}).
 */
public final class Ask {
  SipUri localUser;
  @Nullable UserEntry user;
  final Party party;
  Modality modality;
  @Nullable InboundRequest inbound;

  public Ask(
      SipUri localUser,
      @Nullable UserEntry user,
      Party party,
      Modality modality,
      @Nullable InboundRequest inbound) {
    this.localUser = localUser;
    this.user = user;
    this.party = party;
    this.modality = modality;
    this.inbound = inbound;
  }

  /** Overwrites the request's facts, keeping the party; for the per-thread ask only. */
  void refill(
      SipUri localUser, @Nullable UserEntry user, Modality modality, @Nullable InboundRequest inbound) {
    this.localUser = localUser;
    this.user = user;
    this.modality = modality;
    this.inbound = inbound;
  }

  /** The remote party as classified. */
  public Party party() {
    return party;
  }

  /** The local user's SIP domain, from their declaration or their address. */
  @Nullable Domain localDomain() {
    UserEntry u = user;
    if (u != null) {
      return u.sipDomain();
    }
    Optional<String> name = localUser.host().domainName();
    return name.isPresent() ? Domain.tryParse(name.get()).orElse(null) : null;
  }
}

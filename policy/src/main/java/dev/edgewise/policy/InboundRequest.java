package dev.edgewise.policy;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import dev.edgewise.address.SipUri;
import dev.edgewise.core.Direction;
import dev.edgewise.core.Modality;
import java.util.Objects;
import java.util.Optional;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * A question about communication an external party initiates: may {@code remote} send an IM to,
 * call, or subscribe to the presence of {@code localUser}?
 *
 * <p>Besides the parties and the modality, an inbound message carries the facts the recipient's
 * edge decides by: the route it {@linkplain Arrival arrived} by, whether the sender is on the
 * recipient's contact list (read by the caller before the event), and whether it carries the
 * provider's verification mark.
 *
 * <pre>{@code
 * InboundRequest r = InboundRequest.builder()
 *     .remote(RemoteParty.of(SipUri.parse("sip:bob@outlook.com")))
 *     .localUser(SipUri.parse("sip:alice@contoso.com"))
 *     .modality(Modality.IM)
 *     .arrival(Arrival.viaPublicProvider("Skype"))
 *     .senderInContacts(true)
 *     .build();
 * }</pre>
 *
 * @param remote the sender
 * @param localUser the organization's user who receives
 * @param modality what is asked for
 * @param arrival the route the message came by
 * @param senderInContacts whether the sender is on the recipient's contact list
 * @param verificationMark whether the message carries the provider's verification mark
 * @param recipientClient the recipient's client, when the caller wants to know whether it shows
 *     what the server delivers ({@link Decision#clientVerdict()})
 */
public record InboundRequest(
    RemoteParty remote,
    SipUri localUser,
    Modality modality,
    Arrival arrival,
    boolean senderInContacts,
    boolean verificationMark,
    Optional<RecipientClient> recipientClient) {

  /**
   * A request without the recipient's client: the decision is the server's alone.
   *
   * @param remote the sender
   * @param localUser the organization's user who receives
   * @param modality what is asked for
   * @param arrival the route the message came by
   * @param senderInContacts whether the sender is on the recipient's contact list
   * @param verificationMark whether the message carries the provider's verification mark
   */
  public InboundRequest(
      RemoteParty remote,
      SipUri localUser,
      Modality modality,
      Arrival arrival,
      boolean senderInContacts,
      boolean verificationMark) {
    this(
        remote, localUser, modality, arrival, senderInContacts, verificationMark, Optional.empty());
  }

  /**
   * Checks the components.
   *
   * @throws NullPointerException naming the component that is null
   */
  public InboundRequest {
    Objects.requireNonNull(remote, "remote");
    Objects.requireNonNull(localUser, "localUser");
    Objects.requireNonNull(modality, "modality");
    Objects.requireNonNull(arrival, "arrival");
    Objects.requireNonNull(recipientClient, "recipientClient");
  }

  /** Returns {@link Direction#INBOUND}. */
  public Direction direction() {
    return Direction.INBOUND;
  }

  /** Returns a builder that starts from this request's values. */
  public Builder toBuilder() {
    return new Builder()
        .remote(remote)
        .localUser(localUser)
        .modality(modality)
        .arrival(arrival)
        .senderInContacts(senderInContacts)
        .verificationMark(verificationMark)
        .recipientClient(recipientClient);
  }

  /**
   * Returns an empty builder. Remote, local user, modality and arrival are required; the sender
   * is not in the recipient's contacts and the message carries no verification mark unless set.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link InboundRequest} values.
   *
   * <pre>{@code
   * InboundRequest r = InboundRequest.builder()
   *     .remote(RemoteParty.of(SipUri.parse("sip:erin@northwind.com")))
   *     .localUser(SipUri.parse("sip:alice@contoso.com"))
   *     .modality(Modality.IM)
   *     .arrival(Arrival.viaEdge(Domain.parse("sip.northwind.com")))
   *     .verificationMark(true)
   *     .build();
   * }</pre>
   */
  public static final class Builder {
    private @Nullable RemoteParty remote;
    private @Nullable SipUri localUser;
    private @Nullable Modality modality;
    private @Nullable Arrival arrival;
    private boolean senderInContacts;
    private boolean verificationMark;
    private Optional<RecipientClient> recipientClient = Optional.empty();

    Builder() {}

    /** Sets the sender. */
    @CanIgnoreReturnValue
    public Builder remote(RemoteParty remote) {
      this.remote = Objects.requireNonNull(remote, "remote");
      return this;
    }

    /** Sets the organization's user who receives. */
    @CanIgnoreReturnValue
    public Builder localUser(SipUri localUser) {
      this.localUser = Objects.requireNonNull(localUser, "localUser");
      return this;
    }

    /** Sets the modality. */
    @CanIgnoreReturnValue
    public Builder modality(Modality modality) {
      this.modality = Objects.requireNonNull(modality, "modality");
      return this;
    }

    /** Sets the route the message came by. */
    @CanIgnoreReturnValue
    public Builder arrival(Arrival arrival) {
      this.arrival = Objects.requireNonNull(arrival, "arrival");
      return this;
    }

    /** Sets whether the sender is on the recipient's contact list. Default false. */
    @CanIgnoreReturnValue
    public Builder senderInContacts(boolean senderInContacts) {
      this.senderInContacts = senderInContacts;
      return this;
    }

    /** Sets whether the message carries the verification mark. Default false. */
    @CanIgnoreReturnValue
    public Builder verificationMark(boolean verificationMark) {
      this.verificationMark = verificationMark;
      return this;
    }

    /**
     * Sets the recipient's client, so that the decision also says whether it shows the item.
     * Default: none, the server's answer only.
     */
    @CanIgnoreReturnValue
    public Builder recipientClient(RecipientClient client) {
      this.recipientClient = Optional.of(Objects.requireNonNull(client, "recipientClient"));
      return this;
    }

    /** Sets or clears the recipient's client. */
    @CanIgnoreReturnValue
    public Builder recipientClient(Optional<RecipientClient> client) {
      this.recipientClient = Objects.requireNonNull(client, "recipientClient");
      return this;
    }

    /**
     * Builds the request.
     *
     * @throws IllegalStateException if remote, local user, modality or arrival is missing
     */
    public InboundRequest build() {
      RemoteParty r = remote;
      SipUri u = localUser;
      Modality m = modality;
      Arrival a = arrival;
      if (r == null || u == null || m == null || a == null) {
        throw new IllegalStateException(
            "an inbound request needs remote, localUser, modality and arrival");
      }
      return new InboundRequest(r, u, m, a, senderInContacts, verificationMark, recipientClient);
    }
  }
}

package dev.edgewise.policy;

import dev.edgewise.address.Domain;
import dev.edgewise.core.internal.EdgewiseStyle;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/**
 * An XMPP allowed partner ({@code New-CsXmppAllowedPartner}): an XMPP network whose users the
 * organization's users may exchange IM and presence with, through the XMPP gateway of Lync Server
 * 2013 and Skype for Business Server 2015 (see {@link Product#hasXmppGateway()}). A remote party
 * in one of its {@linkplain #domains() domains} is {@link RemoteClass#XMPP_PARTNER}.
 *
 * <pre>{@code
 * XmppPartner jabber = XmppPartner.builder()
 *     .domain(Domain.parse("jabber.example"))
 *     .addAdditionalDomains(Domain.parse("chat.jabber.example"))
 *     .partnerType(XmppPartnerType.PUBLIC_VERIFIED)
 *     .build();
 * jabber.domains();   // [jabber.example, chat.jabber.example]
 * }</pre>
 */
@EdgewiseStyle
@Value.Immutable
public abstract class XmppPartner {

  XmppPartner() {}

  /** The partner's primary domain, its identity ({@code -Identity} or {@code -Domain}). */
  public abstract Domain domain();

  /** {@code AdditionalDomains}: the partner's other XMPP domains. */
  public abstract List<Domain> additionalDomains();

  /** {@code PartnerType}. Default {@link XmppPartnerType#PUBLIC_UNVERIFIED}, the cmdlet's. */
  @Value.Default
  public XmppPartnerType partnerType() {
    return XmppPartnerType.PUBLIC_UNVERIFIED;
  }

  /** Returns the primary domain followed by the additional ones. */
  public final List<Domain> domains() {
    List<Domain> all = new ArrayList<>(1 + additionalDomains().size());
    all.add(domain());
    all.addAll(additionalDomains());
    return List.copyOf(all);
  }

  /** Returns a builder that starts from this partner's values. */
  public final Builder toBuilder() {
    return builder().from(this);
  }

  /** Returns an empty builder; {@link Builder#domain(Domain)} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a partner with this primary domain, no additional domains and the default type. */
  public static XmppPartner of(Domain domain) {
    return builder().domain(domain).build();
  }

  /**
   * Builds {@link XmppPartner} values.
   *
   * <pre>{@code
   * XmppPartner p = XmppPartner.builder().domain(Domain.parse("jabber.example")).build();
   * }</pre>
   */
  public static final class Builder extends ImmutableXmppPartner.Builder {
    Builder() {}
  }
}

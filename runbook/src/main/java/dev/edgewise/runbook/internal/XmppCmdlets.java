package dev.edgewise.runbook.internal;

import dev.edgewise.address.Domain;
import dev.edgewise.policy.XmppPartner;
import dev.edgewise.policy.XmppPartnerType;
import dev.edgewise.runbook.RunbookErrorKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The XMPP allowed partner cmdlets: {@code New-}, {@code Set-} and {@code
 * Remove-CsXmppAllowedPartner}, with {@code -Identity} (or {@code -Domain}), {@code
 * -AdditionalDomains} (a list, or {@code @{Add=...; Remove=...; Replace=...}} on {@code Set-}) and
 * {@code -PartnerType}. Only products with the XMPP gateway have them (Lync Server 2013, Skype
 * for Business Server 2015).
 */
final class XmppCmdlets {

  static final String NEW = "new-csxmppallowedpartner";
  static final String SET = "set-csxmppallowedpartner";
  static final String REMOVE = "remove-csxmppallowedpartner";

  private static final List<Binder.Spec> PARTNER =
      new Binder.Specs()
          .add("Identity", Binder.Type.DOMAIN)
          .add("Domain", Binder.Type.DOMAIN)
          .add("AdditionalDomains", Binder.Type.ANY)
          .add("PartnerType", Binder.Type.STRING)
          .notModelled(
              "ConnectionLimit",
              "Description",
              "EnableKeepAlive",
              "ProxyFqdn",
              "SaslNegotiation",
              "SupportDialbackNegotiation",
              "TlsNegotiation")
          .common()
          .build();

  private static final List<Binder.Spec> REMOVE_SPECS =
      new Binder.Specs().add("Identity", Binder.Type.DOMAIN).common().build();

  private XmppCmdlets() {}

  static boolean handles(String name) {
    return name.equals(NEW) || name.equals(SET) || name.equals(REMOVE);
  }

  static void apply(Ctx ctx, Statement st, String name) {
    if (!ctx.product().hasXmppGateway()) {
      ctx.problems.add(
          RunbookErrorKind.CMDLET_NOT_ON_PRODUCT,
          st.line(),
          st.col(),
          st.name(),
          ctx.product().displayName() + " has no XMPP gateway, so no XMPP allowed partners");
      return;
    }
    Binder b =
        Binder.bind(
            ctx.problems, ctx.product(), st, name.equals(REMOVE) ? REMOVE_SPECS : PARTNER, "Identity");
    Optional<Domain> id = primary(b);
    if (id.isEmpty()) {
      return;
    }
    List<XmppPartner> list = new ArrayList<>(ctx.config.xmppPartners());
    int i = index(list, id.get());
    switch (name) {
      case NEW -> {
        if (i >= 0) {
          b.report("Identity", RunbookErrorKind.ALREADY_EXISTS, "the XMPP partner " + id.get() + " already exists");
          return;
        }
        Optional<XmppPartner> p = settings(ctx, b, XmppPartner.of(id.get()));
        if (p.isPresent()) {
          list.add(p.get());
          set(ctx, list);
        }
      }
      case SET -> {
        if (i < 0) {
          ctx.notFound(b, "Identity", "the XMPP partner " + id.get());
          return;
        }
        Optional<XmppPartner> p = settings(ctx, b, list.get(i));
        if (p.isPresent()) {
          list.set(i, p.get());
          set(ctx, list);
        }
      }
      default -> {
        if (i < 0) {
          ctx.notFound(b, "Identity", "the XMPP partner " + id.get());
          return;
        }
        list.remove(i);
        set(ctx, list);
      }
    }
  }

  private static Optional<Domain> primary(Binder b) {
    if (b.has("Identity") && b.has("Domain")) {
      b.report("Domain", RunbookErrorKind.DUPLICATE_PARAMETER, "give -Identity or -Domain, not both");
      return Optional.empty();
    }
    String which = b.has("Domain") ? "Domain" : "Identity";
    if (!b.require(which)) {
      return Optional.empty();
    }
    return b.domain(which);
  }

  private static int index(List<XmppPartner> list, Domain d) {
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i).domain().equals(d)) {
        return i;
      }
    }
    return -1;
  }

  private static Optional<XmppPartner> settings(Ctx ctx, Binder b, XmppPartner p) {
    XmppPartner.Builder x = p.toBuilder();
    if (b.has("PartnerType")) {
      Optional<String> t = b.string("PartnerType");
      if (t.isEmpty()) {
        return Optional.empty();
      }
      Optional<XmppPartnerType> type = type(t.get());
      if (type.isEmpty()) {
        b.report(
            "PartnerType",
            RunbookErrorKind.INVALID_VALUE,
            t.get() + " is not Federated, PublicVerified or PublicUnverified");
        return Optional.empty();
      }
      x.partnerType(type.get());
    }
    Optional<Val> more = b.raw("AdditionalDomains");
    if (more.isPresent()) {
      Optional<List<Domain>> domains = additional(ctx, more.get(), p.additionalDomains());
      if (domains.isEmpty()) {
        return Optional.empty();
      }
      x.additionalDomains(domains.get());
    }
    return Optional.of(x.build());
  }

  private static Optional<XmppPartnerType> type(String text) {
    for (XmppPartnerType t : XmppPartnerType.values()) {
      if (t.cmdletValue().equalsIgnoreCase(text.trim())) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /** A list, {@code $null}, or {@code @{Add=...; Remove=...; Replace=...}} against the current. */
  private static Optional<List<Domain>> additional(Ctx ctx, Val v, List<Domain> current) {
    if (v instanceof Val.Null) {
      return Optional.of(List.of());
    }
    if (!(v instanceof Val.Hash h)) {
      return domains(ctx, v);
    }
    List<Domain> out = new ArrayList<>(current);
    for (Map.Entry<String, Val> e : h.entries().entrySet()) {
      Optional<List<Domain>> ds = domains(ctx, e.getValue());
      if (ds.isEmpty()) {
        return Optional.empty();
      }
      switch (e.getKey().toLowerCase(Locale.ROOT)) {
        case "add" -> {
          for (Domain d : ds.get()) {
            if (out.contains(d)) {
              ctx.problems.add(RunbookErrorKind.ALREADY_EXISTS, h, d + " is already on the list");
              return Optional.empty();
            }
            out.add(d);
          }
        }
        case "remove" -> {
          for (Domain d : ds.get()) {
            if (!out.remove(d)) {
              ctx.problems.add(RunbookErrorKind.NOT_FOUND, h, d + " is not on the list");
              return Optional.empty();
            }
          }
        }
        case "replace" -> out = new ArrayList<>(ds.get());
        default -> {
          ctx.problems.add(
              RunbookErrorKind.BAD_HASHTABLE, h, "a list parameter takes Add, Remove and Replace, not " + e.getKey());
          return Optional.empty();
        }
      }
    }
    return Optional.of(out);
  }

  private static Optional<List<Domain>> domains(Ctx ctx, Val v) {
    List<Val> items = v instanceof Val.Arr a ? a.items() : List.of(v);
    List<Domain> out = new ArrayList<>();
    for (Val item : items) {
      Optional<Domain> d = Binder.domainOf(ctx.problems, item, "AdditionalDomains");
      if (d.isEmpty()) {
        return Optional.empty();
      }
      out.add(d.get());
    }
    return Optional.of(out);
  }

  private static void set(Ctx ctx, List<XmppPartner> list) {
    if (ctx.isOnPrem()) {
      ctx.config = ctx.onPrem().toBuilder().xmppPartners(list).build();
    } else {
      ctx.config = ctx.online().toBuilder().xmppPartners(list).build();
    }
  }
}

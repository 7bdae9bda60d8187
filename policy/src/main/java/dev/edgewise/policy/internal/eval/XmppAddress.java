package dev.edgewise.policy.internal.eval;

import com.google.common.base.Ascii;
import dev.edgewise.address.Domain;
import dev.edgewise.policy.RemoteClass;
import java.util.Optional;

/**
 * Reads the address of an XMPP partner's user as callers write it: {@code ann@jabber.example},
 * {@code xmpp:ann@jabber.example}, with or without a {@code /resource}. A hand-written scan: the
 * domain is what follows the last {@code @} up to the resource.
 */
final class XmppAddress {
  private static final String SCHEME = "xmpp:";

  private XmppAddress() {}

  static Party read(String text) {
    String s = text.trim();
    if (s.length() >= SCHEME.length()
        && Ascii.equalsIgnoreCase(s.substring(0, SCHEME.length()), SCHEME)) {
      s = s.substring(SCHEME.length());
    }
    int slash = s.indexOf('/');
    String bare = slash < 0 ? s : s.substring(0, slash);
    int at = bare.lastIndexOf('@');
    String local = at < 0 ? null : bare.substring(0, at);
    Optional<Domain> d = Domain.tryParse(bare.substring(at + 1));
    if (d.isEmpty() || (local != null && local.isEmpty())) {
      return Party.notModelled(text.trim(), "it is not an XMPP address (local@domain).");
    }
    return new Party(RemoteClass.XMPP_PARTNER, bare, d.get(), null, null, null, local, "");
  }
}

package dev.edgewise.policy;

import static dev.edgewise.policy.ExternalAccessEvaluatorTest.xmpp;
import static dev.edgewise.policy.Fixtures.ALICE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.edgewise.core.Modality;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How the evaluator reads an XMPP partner's user as a caller types it: an optional {@code xmpp:}
 * scheme in any case, the bare address before the first {@code /} (the resource may hold {@code
 * /} and {@code @}), the domain after the last {@code @}. A server's own address (a domain alone)
 * is an XMPP address; an empty user part, an empty or broken domain are not, and are denied as
 * not modelled. With no partner declared each readable address is named in the denial together
 * with the domain the command declares.
 */
class XmppAddressTest {

  private static final ExternalAccessEvaluator NO_PARTNER =
      ExternalAccessEvaluator.compile(xmpp().toBuilder().xmppPartners(List.of()).build());

  private static Decision ask(String typed) {
    OutboundRequest r =
        new OutboundRequest(
            ALICE, RemoteParty.notModelled(RemoteParty.Unmodelled.Kind.XMPP_PARTNER, typed),
            Modality.IM);
    Decision d = NO_PARTNER.evaluate(r);
    assertEquals(d.isAllowed(), NO_PARTNER.isAllowed(r), "isAllowed gives the same answer");
    return d;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      ignoreLeadingAndTrailingWhitespace = false,
      value = {
        "ann@jabber.example|ann@jabber.example|jabber.example",
        "xmpp:ann@jabber.example|ann@jabber.example|jabber.example",
        "XmPp:ann@jabber.example/home|ann@jabber.example|jabber.example",
        "  ann@Jabber.Example/home  |ann@Jabber.Example|jabber.example",
        "ann@jabber.example/desk/a@b.example|ann@jabber.example|jabber.example",
        "ann@chat@jabber.example|ann@chat@jabber.example|jabber.example",
        "jabber.example|jabber.example|jabber.example",
        "xmpp:jabber.example/x|jabber.example|jabber.example",
      })
  void aReadableAddressIsNamedWithItsDomain(String typed, String bare, String domain) {
    Decision d = ask(typed);
    assertEquals(RemoteClass.XMPP_PARTNER, d.remoteClass(), d::toString);
    assertEquals(List.of(RuleId.XMPP_PARTNER_MISSING), rules(d), d::toString);
    Reason r = d.reasons().get(0);
    assertEquals(
        bare + " is an XMPP address, but " + domain
            + " is not one of the XMPP allowed partners' domains.",
        r.explanation());
    assertEquals(
        "New-CsXmppAllowedPartner -Identity " + domain, r.remediation().orElseThrow().command());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      ignoreLeadingAndTrailingWhitespace = false,
      value = {
        "@jabber.example|@jabber.example",
        "xmpp:@jabber.example|xmpp:@jabber.example",
        "xmpp:|xmpp:",
        " xmpp: | xmpp: ",
        "/ann@jabber.example|/ann@jabber.example",
        "xmpp:/ann@jabber.example|xmpp:/ann@jabber.example",
        "ann@|ann@",
        "ann@jabber example|ann@jabber example",
        "ann@jabber.example@|ann@jabber.example@",
      })
  void anythingElseIsNotModelled(String typed, String unused) {
    Decision d = ask(typed);
    assertEquals(RemoteClass.NOT_MODELLED, d.remoteClass(), d::toString);
    assertEquals(List.of(RuleId.NOT_MODELLED), rules(d), d::toString);
    assertEquals(
        typed.trim() + " is not modelled by the evaluator: it is not an XMPP address"
            + " (local@domain).",
        d.reasons().get(0).explanation());
  }

  private static List<RuleId> rules(Decision d) {
    return d.reasons().stream().map(Reason::rule).toList();
  }
}

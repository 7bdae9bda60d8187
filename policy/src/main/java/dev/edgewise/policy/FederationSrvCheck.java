package dev.edgewise.policy;

import dev.edgewise.address.Domain;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Checks the DNS record through which Skype finds an organization since public IM connectivity
 * moved to DNS SRV discovery: the federation SRV record {@code _sipfederationtls._tcp.<sip
 * domain>} must point at an Access Edge whose name is a top-level suffix match of the SIP domain,
 * and that name must be on the edge's certificate.
 *
 * <p>This is a pure function of three facts the caller supplies; nothing is looked up. The SRV
 * target passes when it is the SIP domain itself or exactly one label below it: for {@code
 * contoso.com}, {@code sip.contoso.com} passes while {@code sip.it.contoso.com} (two labels
 * below) and {@code sip.contoso-edge.com} (another domain) fail with {@link
 * Rule#SRV_TARGET_NOT_SUFFIX}. The target must also be the subject or a subject alternative
 * name of the edge certificate, or the check fails with {@link Rule#CERT_NAME_MISSING}. Names
 * compare as {@link Domain}s; wildcard certificate entries are not modelled, because the Access
 * Edge external interface is named exactly. Both problems are reported when both apply. The
 * check's ids are its own ({@link Rule}), not {@link RuleId}s: they describe DNS and a
 * certificate, not an access decision.
 *
 * <pre>{@code
 * FederationSrvCheck.Result r = FederationSrvCheck.check(
 *     Domain.parse("contoso.com"),
 *     Domain.parse("sip.it.contoso.com"),
 *     List.of(Domain.parse("sip.contoso.com")));
 * r.passed();                    // false
 * r.problems().get(0).rule();    // SRV_TARGET_NOT_SUFFIX
 * r.problems().get(1).rule();    // CERT_NAME_MISSING
 * }</pre>
 */
public final class FederationSrvCheck {

  private FederationSrvCheck() {}

  /**
   * Checks the federation SRV record of {@code sipDomain}.
   *
   * @param sipDomain one of the organization's SIP domains
   * @param srvTarget the host the domain's {@code _sipfederationtls._tcp} SRV record points to
   * @param certificateNames the subject name and subject alternative names of the Access Edge
   *     external certificate
   */
  public static Result check(
      Domain sipDomain, Domain srvTarget, Collection<Domain> certificateNames) {
    List<Problem> problems = new ArrayList<>(2);
    if (!srvTarget.equals(sipDomain)
        && !srvTarget.parent().map(sipDomain::equals).orElse(false)) {
      problems.add(
          new Problem(
              Rule.SRV_TARGET_NOT_SUFFIX,
              "_sipfederationtls._tcp." + sipDomain,
              "DNS:" + sipDomain,
              "The federation SRV record of "
                  + sipDomain
                  + " points to "
                  + srvTarget
                  + ", which is not a top-level suffix match of "
                  + sipDomain
                  + " (for example sip."
                  + sipDomain
                  + "), so Skype will not federate with it.",
              Remediation.of(
                  "Add-DnsServerResourceRecord -ZoneName "
                      + sipDomain
                      + " -Srv -Name _sipfederationtls._tcp -DomainName sip."
                      + sipDomain
                      + " -Priority 0 -Weight 0 -Port 5061")));
    }
    if (!certificateNames.contains(srvTarget)) {
      problems.add(
          new Problem(
              Rule.CERT_NAME_MISSING,
              "AccessEdgeExternal certificate",
              "Certificate:AccessEdgeExternal",
              "The Access Edge certificate does not name "
                  + srvTarget
                  + ", the target of the federation SRV record of "
                  + sipDomain
                  + ", so the TLS connection from Skype fails.",
              Remediation.of(
                  "Request-CsCertificate -New -Type AccessEdgeExternal -DomainName \""
                      + srvTarget
                      + "\"")));
    }
    return new Result(sipDomain, srvTarget, problems);
  }

  /**
   * The outcome of {@link #check}: passed when there are no problems.
   *
   * <pre>{@code
   * Result r = FederationSrvCheck.check(contoso, Domain.parse("sip.contoso.com"), names);
   * if (!r.passed()) r.problems().forEach(p -> log.info(p.explanation()));
   * }</pre>
   *
   * @param sipDomain the SIP domain checked
   * @param srvTarget the SRV target checked
   * @param problems every failed rule, in the order SRV target, certificate
   */
  public record Result(Domain sipDomain, Domain srvTarget, List<Problem> problems) {

    /** Copies {@code problems}. */
    public Result {
      Objects.requireNonNull(sipDomain, "sipDomain");
      Objects.requireNonNull(srvTarget, "srvTarget");
      problems = List.copyOf(Objects.requireNonNull(problems, "problems"));
    }

    /** Returns whether the record and the certificate are as Skype federation needs them. */
    public boolean passed() {
      return problems.isEmpty();
    }
  }

  /**
   * The ids of the check's two rules.
   *
   * <pre>{@code
   * FederationSrvCheck.Rule.valueOf("CERT_NAME_MISSING");
   * }</pre>
   */
  public enum Rule {
    /** The federation SRV record points to a host that is not a top-level suffix match. */
    SRV_TARGET_NOT_SUFFIX,
    /** The federation SRV target is not named on the Access Edge certificate. */
    CERT_NAME_MISSING
  }

  /**
   * One failed rule of the check: which, the record or certificate it is about, a sentence for a
   * person, and the command that fixes it.
   *
   * <pre>{@code
   * Problem p = result.problems().get(0);
   * p.rule();                  // SRV_TARGET_NOT_SUFFIX
   * p.remediation().command(); // "Add-DnsServerResourceRecord -ZoneName contoso.com ..."
   * }</pre>
   *
   * @param rule the rule that failed
   * @param setting the DNS record or certificate checked
   * @param checked the object checked, as {@code DNS:<domain>} or {@code Certificate:<type>}
   * @param explanation a sentence for a person
   * @param remediation the fix
   */
  public record Problem(
      Rule rule, String setting, String checked, String explanation, Remediation remediation) {

    /** Rejects null, naming the component. */
    public Problem {
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(setting, "setting");
      Objects.requireNonNull(checked, "checked");
      Objects.requireNonNull(explanation, "explanation");
      Objects.requireNonNull(remediation, "remediation");
    }
  }
}

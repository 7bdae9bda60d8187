package dev.edgewise.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.edgewise.address.Domain;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FederationSrvCheckTest {

  private static final Domain CONTOSO = Domain.parse("contoso.com");

  @ParameterizedTest(name = "{0} -> {1} (cert {2}): {3}")
  @CsvSource({
    "contoso.com, sip.contoso.com,        sip.contoso.com,        ''",
    "contoso.com, SIP.Contoso.com.,       sip.contoso.com,        ''",
    "contoso.com, contoso.com,            contoso.com,            ''",
    "contoso.com, sip.it.contoso.com,     sip.it.contoso.com,     SRV_TARGET_NOT_SUFFIX",
    "contoso.com, sip.contoso-edge.com,   sip.contoso-edge.com,   SRV_TARGET_NOT_SUFFIX",
    "contoso.com, sipcontoso.com,         sipcontoso.com,         SRV_TARGET_NOT_SUFFIX",
    "contoso.com, sip.contoso.com,        edge.contoso.com,       CERT_NAME_MISSING",
    "contoso.com, sip.fabrikam.com,       edge.contoso.com,       SRV_TARGET_NOT_SUFFIX CERT_NAME_MISSING",
    "it.contoso.com, sip.it.contoso.com,  sip.it.contoso.com,     ''",
    "it.contoso.com, sip.contoso.com,     sip.contoso.com,        SRV_TARGET_NOT_SUFFIX",
  })
  void table(String sipDomain, String target, String certName, String expectedRules) {
    FederationSrvCheck.Result r =
        FederationSrvCheck.check(
            Domain.parse(sipDomain), Domain.parse(target), List.of(Domain.parse(certName)));
    List<String> rules = new ArrayList<>();
    for (FederationSrvCheck.Problem p : r.problems()) {
      rules.add(p.rule().name());
      assertFalse(p.remediation().command().isBlank(), p.toString());
    }
    assertEquals(expectedRules, String.join(" ", rules));
    assertEquals(expectedRules.isEmpty(), r.passed());
  }

  @Test
  void explanationsNameTheDomainAndTheTarget() {
    FederationSrvCheck.Problem p =
        FederationSrvCheck.check(CONTOSO, Domain.parse("sip.it.contoso.com"), List.of())
            .problems()
            .get(0);
    assertTrue(p.explanation().contains("contoso.com"), p.explanation());
    assertTrue(p.explanation().contains("sip.it.contoso.com"), p.explanation());
    assertTrue(
        p.remediation().command().contains("-DomainName sip.contoso.com"),
        p.toString());
  }

  @Test
  void onlyTheSipDomainOrOneLabelBelowItPasses() {
    // Targets built as `depth` extra labels over contoso.com, certificate always matching.
    qt().forAll(integers().between(0, 4))
        .check(
            depth -> {
              String name = "contoso.com";
              for (int i = 0; i < depth; i++) {
                name = "l" + i + "." + name;
              }
              Domain target = Domain.parse(name);
              return FederationSrvCheck.check(CONTOSO, target, List.of(target)).passed()
                  == (depth <= 1);
            });
  }
}

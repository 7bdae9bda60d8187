package dev.edgewise.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WalkthroughTest {

  @Test
  void walkthroughPrintsEverySection() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Walkthrough.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(out.contains("\"im\"") && out.contains("-> IM"), out);
    assertTrue(out.contains("\"chat\"") && out.contains("(not a modality)"), out);
    assertTrue(out.contains("DENY  EDGE_FEDERATION_OFF"), out);
  }
}

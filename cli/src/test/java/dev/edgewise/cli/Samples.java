package dev.edgewise.cli;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Sample files as file names: the README's runbooks under {@code examples/runbooks} (so the
 * commands the README shows are the ones tested) and the broken ones under {@code
 * src/test/resources/runbooks}.
 */
final class Samples {

  private Samples() {}

  static String file(String name) {
    URL url = Samples.class.getResource("/runbooks/" + name);
    if (url == null) {
      // Surefire runs in the module's directory.
      Path shared = Path.of("..", "examples", "runbooks", name);
      if (!Files.isRegularFile(shared)) {
        throw new IllegalArgumentException("no sample " + name);
      }
      return shared.toString();
    }
    try {
      return Path.of(url.toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(e);
    }
  }
}

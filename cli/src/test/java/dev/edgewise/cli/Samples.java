package dev.edgewise.cli;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** The sample runbooks and requests files under src/test/resources/runbooks, as file names. */
final class Samples {

  private Samples() {}

  static String file(String name) {
    URL url = Samples.class.getResource("/runbooks/" + name);
    if (url == null) {
      throw new IllegalArgumentException("no sample " + name);
    }
    try {
      return Path.of(url.toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(e);
    }
  }
}

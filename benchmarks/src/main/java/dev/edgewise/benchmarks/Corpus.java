package dev.edgewise.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The inputs every contender reads, loaded from the tab-separated files under {@code corpus/} in
 * this module's resources. A line is {@code class<TAB>text[<TAB>text]}; {@code #} starts a comment
 * line. Values are taken exactly as written (no trimming): a line of blank text is a test input.
 */
final class Corpus {
  /** One line: the input's class (plain, decorated, invalid, ...) and one or two texts. */
  record Entry(String kind, String text, String other) {}

  private final List<Entry> entries;

  private Corpus(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  static Corpus load(String file) {
    String resource = "corpus/" + file;
    InputStream in = Corpus.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing resource " + resource);
    }
    List<Entry> entries = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        if (cells.length < 2 || cells.length > 3) {
          throw new IllegalStateException(resource + ": malformed line: " + line);
        }
        entries.add(new Entry(cells[0], cells[1], cells.length == 3 ? cells[2] : ""));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Corpus(entries);
  }

  List<Entry> entries() {
    return entries;
  }

  /** The texts of every line, or of the lines of one class when {@code kind} is not null. */
  String[] texts(String kind) {
    List<String> out = new ArrayList<>();
    for (Entry e : entries) {
      if (kind == null || e.kind().equals(kind)) {
        out.add(e.text());
      }
    }
    if (out.isEmpty()) {
      throw new IllegalStateException("no corpus lines of class " + kind);
    }
    return out.toArray(new String[0]);
  }

  String[] texts() {
    return texts(null);
  }
}

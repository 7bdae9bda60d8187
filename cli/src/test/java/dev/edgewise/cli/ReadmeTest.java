package dev.edgewise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Keeps the README's command output honest: the Mermaid diagram and every {@code $ ./edgewise}
 * transcript must be what the command prints today.
 */
class ReadmeTest {

  /** Surefire runs in cli/; the README's paths are relative to the repository root. */
  private static final String ROOT = "../";

  private static String readme() throws IOException {
    return Files.readString(Path.of(ROOT, "README.md"), StandardCharsets.UTF_8)
        .replace("\r\n", "\n");
  }

  /** Splits a shell command line: words separated by spaces, single quotes kept together. */
  static List<String> words(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
        any = true;
      } else if (c == ' ' && !quoted) {
        if (any) {
          out.add(w.toString());
          w.setLength(0);
          any = false;
        }
      } else {
        w.append(c);
        any = true;
      }
    }
    if (any) {
      out.add(w.toString());
    }
    return out;
  }

  /** Runs a README command line from the repository root, as a reader would. */
  private static String run(String commandLine) {
    List<String> words = words(commandLine);
    assertEquals("./edgewise", words.get(0), commandLine);
    List<String> args = new ArrayList<>();
    for (String w : words.subList(1, words.size())) {
      args.add(!w.isEmpty() && Files.isRegularFile(Path.of(ROOT, w)) ? ROOT + w : w);
    }
    Cli r = Cli.run(args.toArray(new String[0]));
    return (r.out() + r.err()).replace(ROOT + "examples/", "examples/");
  }

  @Test
  void theMermaidDiagramIsTheContactCommandsOutput() throws IOException {
    String text = readme();
    String begin = "<!-- contact-mermaid:begin -->\n```mermaid\n";
    int from = text.indexOf(begin);
    int to = text.indexOf("```\n<!-- contact-mermaid:end -->");
    assertTrue(from >= 0 && to > from, "README.md has the contact-mermaid block");
    String diagram = text.substring(from + begin.length(), to);
    // The command is quoted in the paragraph just above the block.
    int cmd = text.lastIndexOf("`./edgewise contact ", from);
    String command = text.substring(cmd + 1, text.indexOf('`', cmd + 1));
    assertTrue(command.endsWith(" --mermaid"), command);
    assertEquals(run(command), diagram);
  }

  @Test
  void everyTranscriptIsWhatTheCommandPrints() throws IOException {
    String text = readme();
    int checked = 0;
    int at = 0;
    while ((at = text.indexOf("```text\n$ ./edgewise ", at)) >= 0) {
      int start = at + "```text\n$ ".length();
      int eol = text.indexOf('\n', start);
      int end = text.indexOf("```\n", eol);
      String command = text.substring(start, eol);
      assertEquals(text.substring(eol + 1, end), run(command), command);
      checked++;
      at = end;
    }
    assertTrue(checked >= 2, "transcripts checked: " + checked);
  }
}

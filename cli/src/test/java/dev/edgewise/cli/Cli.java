package dev.edgewise.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in-process and captures what it prints. */
record Cli(int exitCode, String out, String err) {

  static Cli run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Edgewise.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Cli(code, out.toString(), err.toString());
  }

  /** Whether anything looks like a Java stack trace: the CLI must never print one. */
  boolean printedStackTrace() {
    return (out + err).contains("\tat ") || (out + err).contains("Exception in thread");
  }
}

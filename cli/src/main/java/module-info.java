/**
 * The {@code edgewise} command line: asks the Edgewise library a question from the shell and
 * prints the answer as text or JSON. Reading files and printing is this module's job; the library
 * modules do no I/O.
 */
module dev.edgewise.cli {
  requires dev.edgewise.policy;
  requires dev.edgewise.runbook;
  requires info.picocli;
  requires com.google.gson;
  requires static org.checkerframework.checker.qual;

  // picocli fills the commands' option fields reflectively.
  opens dev.edgewise.cli to
      info.picocli;
}

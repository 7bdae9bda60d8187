package dev.edgewise.cli;

/**
 * A failure the user can act on (an unreadable file, input the library rejects): printed as one
 * line naming what was wrong, and turned into an exit code, never into a stack trace.
 */
final class CliFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int exitCode;

  CliFailure(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  int exitCode() {
    return exitCode;
  }
}

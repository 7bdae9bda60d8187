package dev.edgewise.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a text file named on the command line (a cmdlet runbook) for the commands that take one,
 * turning every way that can fail into one line that names the file, with {@link Edgewise#USAGE}:
 * the argument, not its content, is wrong.
 *
 * <p>Runbooks saved by Windows PowerShell are often UTF-16 with a byte order mark, or UTF-8 with
 * one; both are read. Without a mark the text must be UTF-8.
 */
final class InputFiles {

  /** Far beyond any real runbook; guards against being handed a disk image by mistake. */
  static final long MAX_BYTES = 16L * 1024 * 1024;

  private InputFiles() {}

  static String readText(String name) {
    Path path;
    try {
      path = Path.of(name);
    } catch (InvalidPathException e) {
      throw unreadable(name, "not a valid file name");
    }
    if (Files.isDirectory(path)) {
      throw unreadable(name, "it is a directory");
    }
    byte[] bytes;
    try {
      if (Files.size(path) > MAX_BYTES) {
        throw unreadable(name, "larger than " + MAX_BYTES / (1024 * 1024) + " MB");
      }
      bytes = Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw unreadable(name, "no such file");
    } catch (AccessDeniedException e) {
      throw unreadable(name, "permission denied");
    } catch (IOException e) {
      throw unreadable(name, String.valueOf(e.getMessage()));
    }
    return decode(name, bytes);
  }

  static String decode(String name, byte[] bytes) {
    Charset charset = StandardCharsets.UTF_8;
    int skip = 0;
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      skip = 3;
    } else if (startsWith(bytes, 0xFF, 0xFE)) {
      charset = StandardCharsets.UTF_16LE;
      skip = 2;
    } else if (startsWith(bytes, 0xFE, 0xFF)) {
      charset = StandardCharsets.UTF_16BE;
      skip = 2;
    }
    try {
      return charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip))
          .toString();
    } catch (CharacterCodingException e) {
      throw unreadable(
          name,
          "not "
              + charset.name()
              + " text"
              + (skip == 0 ? " (save it as UTF-8, or as UTF-16 with a byte order mark)" : ""));
    }
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static CliFailure unreadable(String name, String why) {
    return new CliFailure(Edgewise.USAGE, "cannot read " + name + ": " + why);
  }
}

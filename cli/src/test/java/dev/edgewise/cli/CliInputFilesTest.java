package dev.edgewise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliInputFilesTest {

  private static final String RUNBOOK = "Set-CsAccessEdgeConfiguration -AllowFederatedUsers $True\n";

  @TempDir Path dir;

  private Path write(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] r = new byte[a.length + b.length];
    System.arraycopy(a, 0, r, 0, a.length);
    System.arraycopy(b, 0, r, a.length, b.length);
    return r;
  }

  @Test
  void readsUtf8WithAndWithoutAByteOrderMarkAndUtf16WithOne() throws IOException {
    byte[] utf8 = RUNBOOK.getBytes(StandardCharsets.UTF_8);
    byte[][] encodings = {
      utf8,
      concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8),
      concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, RUNBOOK.getBytes(StandardCharsets.UTF_16LE)),
      concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, RUNBOOK.getBytes(StandardCharsets.UTF_16BE)),
    };
    for (int i = 0; i < encodings.length; i++) {
      Path p = write("runbook" + i + ".ps1", encodings[i]);
      assertEquals(RUNBOOK, InputFiles.readText(p.toString()), "encoding " + i);
    }
  }

  @Test
  void aMissingFileIsAUsageErrorNamingIt() {
    String name = dir.resolve("absent.ps1").toString();
    CliFailure e = assertThrows(CliFailure.class, () -> InputFiles.readText(name));
    assertEquals(Edgewise.USAGE, e.exitCode());
    assertEquals("cannot read " + name + ": no such file", e.getMessage());
  }

  @Test
  void aDirectoryIsAUsageErrorNamingIt() {
    CliFailure e = assertThrows(CliFailure.class, () -> InputFiles.readText(dir.toString()));
    assertEquals(Edgewise.USAGE, e.exitCode());
    assertEquals("cannot read " + dir + ": it is a directory", e.getMessage());
  }

  @Test
  void textThatIsNotUtf8IsRefusedWithAHint() throws IOException {
    // Windows-1252 "é" on its own is not UTF-8.
    Path p = write("latin1.ps1", new byte[] {'#', ' ', (byte) 0xE9, '\n'});
    CliFailure e = assertThrows(CliFailure.class, () -> InputFiles.readText(p.toString()));
    assertEquals(Edgewise.USAGE, e.exitCode());
    assertEquals(
        "cannot read " + p + ": not UTF-8 text (save it as UTF-8, or as UTF-16 with a byte order mark)",
        e.getMessage());
  }

  @Test
  void aFileWithoutReadPermissionIsAUsageError() throws IOException {
    Path p = write("secret.ps1", RUNBOOK.getBytes(StandardCharsets.UTF_8));
    try {
      Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("---------"));
    } catch (UnsupportedOperationException e) {
      assumeFalse(true, "no POSIX permissions on this file system");
    }
    // root reads anything: the case cannot arise there.
    assumeFalse(Files.isReadable(p), "this user can read a file without read permission");
    CliFailure e = assertThrows(CliFailure.class, () -> InputFiles.readText(p.toString()));
    assertEquals(Edgewise.USAGE, e.exitCode());
    assertEquals("cannot read " + p + ": permission denied", e.getMessage());
  }

  @Test
  void anInvalidFileNameIsAUsageError() {
    CliFailure e = assertThrows(CliFailure.class, () -> InputFiles.readText("a\u0000b.ps1"));
    assertEquals(Edgewise.USAGE, e.exitCode());
  }
}

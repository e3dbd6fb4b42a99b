package io.hfmine.cli.support;

import java.nio.file.Files;
import java.nio.file.Path;

/** Input files named on the command line: a missing one is a usage error (exit 2) naming it. */
public final class InputFiles {
  private InputFiles() {
  }

  /** {@code file} must be a regular file; {@code what} names it as the help does (FILE.csv, --gold). */
  public static void requireFile(Path file, String what) {
    if (file != null && !Files.isRegularFile(file)) {
      throw new UsageException(what + " " + file + (Files.isDirectory(file) ? " is a directory, not a file" : " does not exist"));
    }
  }

  /** {@code dir} must be a directory. */
  public static void requireDirectory(Path dir, String what) {
    if (dir != null && !Files.isDirectory(dir)) {
      throw new UsageException(what + " " + dir + (Files.exists(dir) ? " is not a directory" : " does not exist"));
    }
  }
}

package io.hfmine.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

/** One in-process run of the CLI: exit code, stdout and stderr. */
public record CliRun(int exitCode, String out, String err) {

  /** Runs {@code hfmine args...} in this JVM. */
  public static CliRun of(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** Runs {@code hfmine --work-dir DIR --quiet args...}: the shape of most command tests. */
  public static CliRun quietIn(Path workDir, String... args) {
    return of(concat(new String[] {"--work-dir", workDir.toString(), "--quiet"}, args));
  }

  /** The global options first, then the command and its own arguments. */
  public static String[] concat(String[] first, String... rest) {
    String[] all = Arrays.copyOf(first, first.length + rest.length);
    System.arraycopy(rest, 0, all, first.length, rest.length);
    return all;
  }
}

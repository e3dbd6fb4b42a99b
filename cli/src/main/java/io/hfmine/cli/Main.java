package io.hfmine.cli;

import io.hfmine.cli.support.ErrorHandler;
import io.hfmine.cli.support.StandardOutput;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Entry point of the {@code hfmine} command. */
public final class Main {
  private Main() {
  }

  public static void main(String[] args) {
    System.exit(run(args, StandardOutput.ofProcess(), System.err));
  }

  /** Runs the command in-process and returns its exit code; what tests call. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    CommandLine commandLine = create(out, err);
    return commandLine.execute(args);
  }

  /** The configured command line, writing data to {@code out} and talk to {@code err}. */
  public static CommandLine create(PrintStream out, PrintStream err) {
    CommandLine commandLine = new CommandLine(new HfmineCommand());
    commandLine.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
    commandLine.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
    commandLine.setExecutionExceptionHandler(new ErrorHandler());
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setUsageHelpAutoWidth(true);
    return commandLine;
  }
}

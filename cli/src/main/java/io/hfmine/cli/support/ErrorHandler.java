package io.hfmine.cli.support;

import io.hfmine.datasets.secrets.Secrets;
import io.hfmine.datasets.config.ConfigException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.io.StringWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Turns an exception escaping a command into a one-line cause and exit code 1. */
public final class ErrorHandler implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
    PrintWriter err = commandLine.getErr();
    if (e instanceof UsageException) {
      err.println("hfmine: " + Secrets.redact(e.getMessage()));
      err.println("Try 'hfmine " + commandLine.getCommandSpec().qualifiedName().replaceFirst("^hfmine ?", "")
          + " --help' for more information.");
      return ExitCode.USAGE.code();
    }
    Throwable badInput = badInput(e);
    if (badInput != null) {
      // A configuration error or a missing input file is the caller's to fix, as a bad option is.
      String message = badInput instanceof NoSuchFileException missing
          ? missing.getFile() + " does not exist" + (missing.getReason() == null ? "" : " (" + missing.getReason() + ")")
          : describe(badInput);
      err.println("hfmine: " + Secrets.redact(message));
      return ExitCode.USAGE.code();
    }
    err.println("hfmine: " + Secrets.redact(describe(e)));
    if (verbose(parseResult)) {
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      err.println(Secrets.redact(trace.toString()));
    } else {
      err.println("(run with -v for the stack trace)");
    }
    return ExitCode.FAILURE.code();
  }

  /** The configuration error or missing input file behind {@code e}, or null when it is neither. */
  static Throwable badInput(Throwable e) {
    for (Throwable current = e; current != null; current = current.getCause()) {
      if (current instanceof ConfigException || current instanceof NoSuchFileException) {
        return current == e || current instanceof NoSuchFileException ? current : e;
      }
    }
    return null;
  }

  /** The most useful single line: the deepest message that says something. */
  static String describe(Throwable e) {
    String message = e.getMessage();
    Throwable cause = e.getCause();
    while ((message == null || message.isBlank()) && cause != null) {
      message = cause.getMessage();
      cause = cause.getCause();
    }
    if (message == null || message.isBlank()) {
      message = e.getClass().getSimpleName();
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  private static boolean verbose(ParseResult parseResult) {
    ParseResult current = parseResult;
    while (current != null) {
      if (current.hasMatchedOption("--verbose")) {
        return true;
      }
      current = current.hasSubcommand() ? current.subcommand() : null;
    }
    return false;
  }
}

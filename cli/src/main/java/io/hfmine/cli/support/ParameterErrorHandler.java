package io.hfmine.cli.support;

import io.hfmine.datasets.secrets.Secrets;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * An option or argument the parser refused: one line naming it, a "did you mean" when picocli has
 * a close spelling, and a hint to the command's help, instead of the whole help text.
 */
public final class ParameterErrorHandler implements IParameterExceptionHandler {
  @Override
  public int handleParseException(ParameterException e, String[] args) {
    CommandLine commandLine = e.getCommandLine();
    PrintWriter err = commandLine.getErr();
    err.println("hfmine: " + Secrets.redact(firstLine(e.getMessage())));
    if (e instanceof UnmatchedArgumentException unmatched) {
      List<String> suggestions = unmatched.getSuggestions();
      if (!suggestions.isEmpty()) {
        err.println("Did you mean: " + String.join(" or ", suggestions.subList(0, Math.min(3, suggestions.size()))) + "?");
      }
    }
    err.println("Try '" + commandLine.getCommandSpec().qualifiedName() + " --help' for more information.");
    return ExitCode.USAGE.code();
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "invalid command line";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}

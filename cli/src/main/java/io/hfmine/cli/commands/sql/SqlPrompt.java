package io.hfmine.cli.commands.sql;

import io.hfmine.cli.support.ExitCode;
import io.hfmine.datasets.sql.ResultSink;
import io.hfmine.datasets.sql.SqlConsole;
import io.hfmine.datasets.sql.SqlConsoleException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;

/**
 * Statements read line by line until a {@code ;} ends one. On a terminal it prompts; from a pipe
 * or file it runs the script and exits 2 if a statement failed (each failure is reported and the
 * rest still run).
 */
final class SqlPrompt {
  private final SqlConsole console;
  private final ResultSink sink;
  private final BufferedReader in;
  private final PrintWriter err;
  private final boolean interactive;

  SqlPrompt(SqlConsole console, ResultSink sink, BufferedReader in, PrintWriter err, boolean interactive) {
    this.console = console;
    this.sink = sink;
    this.in = in;
    this.err = err;
    this.interactive = interactive;
  }

  ExitCode run() throws IOException {
    if (interactive) {
      err.println("hfmine sql: end statements with ';'; .tables lists the tables, .quit (or Ctrl-D) leaves");
    }
    StringBuilder statement = new StringBuilder();
    boolean failed = false;
    int lineNumber = 0;
    int statementLine = 1;
    while (true) {
      prompt(statement.isEmpty() ? "hfmine> " : "   ...> ");
      String line = in.readLine();
      if (line == null) {
        break;
      }
      lineNumber++;
      String trimmed = line.strip();
      if (statement.isEmpty() && trimmed.startsWith(".")) {
        if (trimmed.equals(".quit") || trimmed.equals(".exit")) {
          break;
        }
        failed |= !dotCommand(trimmed, lineNumber);
        continue;
      }
      if (statement.isEmpty()) {
        statementLine = lineNumber;
      }
      statement.append(line).append('\n');
      if (trimmed.endsWith(";")) {
        failed |= !execute(statement.toString(), statementLine);
        statement.setLength(0);
      }
    }
    if (!statement.toString().isBlank()) {
      failed |= !execute(statement.toString(), statementLine);
    }
    return failed && !interactive ? ExitCode.USAGE : ExitCode.SUCCESS;
  }

  private boolean dotCommand(String command, int lineNumber) {
    if (command.equals(".tables")) {
      try {
        console.tables().forEach(err::println);
        return true;
      } catch (SqlConsoleException e) {
        err.println("hfmine sql: " + e.getMessage());
        return false;
      }
    }
    err.println("hfmine sql: line " + lineNumber + ": unknown command " + command + " (.tables, .quit)");
    return false;
  }

  private boolean execute(String sql, int line) {
    try {
      console.execute(sql, sink);
      return true;
    } catch (SqlConsoleException e) {
      err.println("hfmine sql: " + (interactive ? "" : "statement at line " + line + ": ") + e.getMessage());
      return false;
    } finally {
      err.flush();
    }
  }

  private void prompt(String text) {
    if (interactive) {
      err.print(text);
      err.flush();
    }
  }
}

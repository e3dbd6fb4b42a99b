package io.hfmine.cli.commands.sql;

import io.hfmine.cli.support.BaseCommand;
import io.hfmine.cli.support.ExitCode;
import io.hfmine.cli.support.Session;
import io.hfmine.cli.support.UsageException;
import io.hfmine.datasets.sql.CsvSink;
import io.hfmine.datasets.sql.JsonLinesSink;
import io.hfmine.datasets.sql.ResultSink;
import io.hfmine.datasets.sql.SqlConsole;
import io.hfmine.datasets.sql.SqlConsoleException;
import io.hfmine.datasets.sql.TextTableSink;
import io.hfmine.datasets.store.StoreSettings;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code hfmine sql}: SQL on the store, one query or an interactive prompt; read-only unless --write. */
@Command(name = "sql", mixinStandardHelpOptions = true,
    description = {"Run SQL on the study's store (DuckDB dialect): the query given, or statements read from "
        + "standard input (an interactive prompt on a terminal; end each statement with ';', .tables lists the "
        + "tables, .quit leaves).",
        "The store is opened read-only unless --write is given."})
public final class SqlCommand extends BaseCommand {
  /** Output formats of the rows. */
  enum Format { table, csv, json }

  @Parameters(index = "0", arity = "0..1", paramLabel = "QUERY", description = "The statement to run; none: read statements from standard input.")
  String query;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "table (aligned, long cells cut), csv (RFC 4180, lists as JSON arrays) or json (JSON lines) (default: ${DEFAULT-VALUE}).")
  Format format = Format.table;

  @Option(names = "--max-rows", paramLabel = "N", description = "Rows shown by --format table (default: ${DEFAULT-VALUE}).")
  int maxRows = 100;

  @Option(names = "--write", description = "Open the store for writing (takes its lock; statements may change the study).")
  boolean write;

  @Override
  protected boolean needsExistingStore() {
    return true;
  }

  @Override
  protected void validate() {
    if (maxRows < 1) {
      throw new UsageException("--max-rows must be at least 1, got " + maxRows);
    }
    if (query != null && query.isBlank()) {
      throw new UsageException("QUERY is empty");
    }
  }

  @Override
  protected ExitCode execute(Session session) throws Exception {
    ResultSink sink = switch (format) {
      case table -> new TextTableSink(session.out(), session.err(), maxRows);
      case csv -> new CsvSink(session.out(), session.err());
      case json -> new JsonLinesSink(session.out(), session.err());
    };
    try (SqlConsole console = open(session)) {
      if (query != null) {
        try {
          console.execute(query, sink);
        } catch (SqlConsoleException e) {
          throw new UsageException("sql: " + e.getMessage());
        }
        return ExitCode.SUCCESS;
      }
      BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      return new SqlPrompt(console, sink, in, session.err(), System.console() != null).run();
    }
  }

  private SqlConsole open(Session session) {
    if (write) {
      return session.store().read(SqlConsole::over);
    }
    Path file = session.workDir().resolve(session.config().section("store", StoreSettings.class).file());
    if (!Files.isRegularFile(file)) {
      // Through the session, which names the folder and exits 2.
      session.store();
    }
    return SqlConsole.readOnly(file);
  }
}

package io.hfmine.cli.commands.usage;

import static org.assertj.core.api.Assertions.assertThat;

import io.hfmine.cli.CliRun;
import io.hfmine.datasets.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code usage import} over an output laid out as the Spark job lays it out (written here with
 * DuckDB, so the CLI's tests need no Spark): usages by library, files, summary.json. The output
 * is written without the columns later record fields added ({@code condition},
 * {@code keyword_values}), as a job built before them wrote it.
 */
class UsageImportCommandTest {
  private static final String MODEL = "dslim/bert-base-NER";

  @TempDir
  Path dir;
  private Path output;
  private Path work;

  @BeforeEach
  void writeScanOutput() throws Exception {
    output = dir.resolve("scan");
    work = dir.resolve("work");
    Files.createDirectories(output.resolve("files"));
    try (Store scratch = Store.inMemory()) {
      scratch.read(connection -> {
        try (Statement statement = connection.createStatement()) {
          statement.execute("""
              CREATE TABLE u AS SELECT 'id' || i AS usage_id, 'alice/app' AS repository, 'src/m' || i || '.py' AS path,
                'sha' || i AS blob_sha, 'python' AS language, 3 AS line, 5 AS col,
                CASE WHEN i %% 2 = 0 THEN 'transformers' ELSE 'sentence-transformers' END AS library,
                'transformers.pipeline' AS api, 'pipeline' AS kind, '%s' AS model_literal, '%s' AS model_id,
                'literal' AS resolution, ['model'] AS keyword_args, ['transformers.pipeline', 'p.__call__'] AS api_sequence,
                'p = pipeline("ner", model="%s")' AS snippet
              FROM range(6) t(i)""".formatted(MODEL, MODEL, MODEL));
          statement.execute("COPY u TO '" + output.resolve("usages") + "' (FORMAT parquet, PARTITION_BY (library))");
          statement.execute("""
              COPY (SELECT repository, path, blob_sha, language, 200::BIGINT AS bytes, 'parsed' AS status,
                NULL::VARCHAR AS detail, false AS syntax_errors, 1 AS usages FROM u)
              TO '%s' (FORMAT parquet)""".formatted(output.resolve("files").resolve("part-0.parquet")));
        }
        return null;
      });
    }
    Files.writeString(output.resolve("summary.json"), """
        {"started_at": "2026-12-01T10:00:00Z", "files": 6, "usages": 6}""");
  }

  @Test
  void importsTheUsagesOnceAndSaysSoTheSecondTime() throws Exception {
    CliRun first = CliRun.quietIn(work, "usage", "import", output.toString());
    CliRun second = CliRun.quietIn(work, "usage", "import", output.toString());

    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.out()).contains("3 Parquet files imported (0 already were); 6 of 6 usages and 6 of 6 file rows");
    assertThat(second.exitCode()).as(second.err()).isZero();
    assertThat(second.out()).contains("0 Parquet files imported (3 already were); 0 of 0 usages");
    try (Store store = Store.openIn(work)) {
      assertThat(count(store, "SELECT count(*) FROM usages WHERE model_id = '" + MODEL + "'")).isEqualTo(6);
      assertThat(count(store, "SELECT count(*) FROM usages WHERE library = 'sentence-transformers'")).isEqualTo(3);
      assertThat(count(store, "SELECT count(*) FROM usages WHERE extracted_at = TIMESTAMP '2026-12-01 10:00:00'"))
          .isEqualTo(6);
      assertThat(count(store, "SELECT count(*) FROM usage_files")).isEqualTo(6);
      assertThat(count(store, "SELECT count(*) FROM usages WHERE condition IS NULL AND keyword_values IS NULL"))
          .isEqualTo(6);
    }
  }

  @Test
  void anOutputWithoutAnIdentifyingColumnIsRefusedNamingFileAndColumn() throws Exception {
    Path usages = output.resolve("usages");
    try (Store scratch = Store.inMemory()) {
      scratch.read(connection -> {
        try (Statement statement = connection.createStatement()) {
          statement.execute("COPY (SELECT 'x' AS repository, 'transformers' AS library) TO '"
              + usages.resolve("library=transformers").resolve("extra.parquet") + "' (FORMAT parquet)");
        }
        return null;
      });
    }

    CliRun run = CliRun.quietIn(work, "usage", "import", output.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("extra.parquet: no column 'usage_id'");
  }

  @Test
  void theImportedUsagesFeedPatternsAsExtractedOnesDo() {
    CliRun.quietIn(work, "usage", "import", output.toString());

    CliRun patterns = CliRun.quietIn(work, "patterns", "build", "--model", MODEL);

    assertThat(patterns.exitCode()).as(patterns.err()).isZero();
    assertThat(patterns.out()).contains(MODEL);
  }

  @Test
  void anUnfinishedScanIsRefusedNamingTheMissingSummary() throws Exception {
    Files.delete(output.resolve("summary.json"));

    CliRun run = CliRun.quietIn(work, "usage", "import", output.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains(output.resolve("summary.json") + ": missing; the scan did not finish");
  }

  @Test
  void aMissingDirectoryIsAUsageError() {
    CliRun run = CliRun.quietIn(work, "usage", "import", dir.resolve("nowhere").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("nowhere: no such file or directory");
  }

  private static long count(Store store, String sql) {
    return store.read(connection -> {
      try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
        rows.next();
        return rows.getLong(1);
      }
    });
  }
}

package io.hfmine.cli.commands.sql;

import static org.assertj.core.api.Assertions.assertThat;

import io.hfmine.cli.CliRun;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqlCommandTest {
  @TempDir
  Path dir;

  private Path work;

  @BeforeEach
  void study() throws Exception {
    work = dir.resolve("work");
    Path models = Files.writeString(dir.resolve("models.csv"),
        "id,downloads,likes,tags\nacme/bert-small,5000,3,\"[\"\"nlp\"\", \"\"license:mit\"\"]\"\nacme/bert-tiny,12,0,[]\n");
    assertThat(CliRun.quietIn(work, "models", "import", models.toString()).exitCode()).isZero();
  }

  @Test
  void aQueryPrintsItsRowsAsATable() {
    CliRun run = CliRun.quietIn(work, "sql", "SELECT id, downloads FROM models ORDER BY downloads DESC");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines()).containsExactly("id               downloads", "---------------  ---------",
        "acme/bert-small  5000", "acme/bert-tiny   12");
  }

  @Test
  void csvCellsHoldListsAsJsonArrays() {
    CliRun run = CliRun.quietIn(work, "sql", "--format", "csv", "SELECT id, tags FROM models WHERE downloads > 100");

    assertThat(run.out()).isEqualTo("id,tags\r\nacme/bert-small,\"[\"\"nlp\"\",\"\"license:mit\"\"]\"\r\n");
  }

  @Test
  void theStoreIsReadOnlyUnlessWriteIsGiven() {
    CliRun refused = CliRun.quietIn(work, "sql", "DELETE FROM models");
    assertThat(refused.exitCode()).isEqualTo(2);
    assertThat(refused.err()).contains("read-only").contains("--write");
    assertThat(CliRun.quietIn(work, "sql", "--format", "json", "SELECT count(*) AS n FROM models").out()).isEqualTo("{\"n\":2}\n");

    CliRun written = CliRun.quietIn(work, "sql", "--write", "DELETE FROM models WHERE downloads < 100");
    assertThat(written.exitCode()).isZero();
    assertThat(written.err()).contains("1 row changed");
  }

  @Test
  void withoutAQueryItRunsTheStatementsOnStandardInputAndReportsEachFailure() {
    InputStream previous = System.in;
    try {
      System.setIn(new ByteArrayInputStream("SELECT count(*) AS n\n  FROM models;\nSELECT * FROM nowhere;\n.tables\n"
          .getBytes(StandardCharsets.UTF_8)));
      CliRun run = CliRun.quietIn(work, "sql", "--format", "json");

      assertThat(run.out()).isEqualTo("{\"n\":2}\n");
      assertThat(run.err()).contains("statement at line 3").contains("nowhere").contains("model_snapshots");
      assertThat(run.exitCode()).isEqualTo(2);
    } finally {
      System.setIn(previous);
    }
  }
}

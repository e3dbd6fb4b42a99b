package io.hfmine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import io.hfmine.datasets.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {
  @TempDir
  Path dir;

  @Test
  void exportWritesTablesCardAndManifest() {
    Store.openIn(dir.resolve("work")).close();
    CliRun run = CliRun.of("export", "--work-dir", dir.resolve("work").toString(),
        "--format", "csv", "--out", dir.resolve("out").toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("models.csv");
    assertThat(dir.resolve("out/models.csv")).exists();
    assertThat(dir.resolve("out/README.md")).exists();
    assertThat(dir.resolve("out/manifest.json")).exists();
  }

  @Test
  void pseudonymisingWithoutAKeyIsAUsageErrorNamingTheVariableAndWritesNothing() {
    org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("HFMINE_PSEUDONYM_KEY") == null);
    CliRun run = CliRun.of("export", "--work-dir", dir.resolve("work").toString(), "--pseudonymise-authors",
        "--out", dir.resolve("out").toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("HFMINE_PSEUDONYM_KEY");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void unknownFormatIsAUsageErrorNamingTheChoices() {
    CliRun run = CliRun.of("export", "--work-dir", dir.toString(), "--format", "xlsx", "--out", dir.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("xlsx").contains("PARQUET");
  }
}

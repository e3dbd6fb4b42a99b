package io.hfmine.cli.commands.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.hfmine.cli.commands.models.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {
  @TempDir
  Path dir;

  @Test
  void runsTheCatalogOfflineOnTheBundledSample() {
    Path out = dir.resolve("demo");

    CliRun demo = CliRun.of("--work-dir", dir.resolve("work").toString(), "demo", "--out", out.toString());

    assertThat(demo.code()).as(demo.err()).isZero();
    assertThat(demo.out())
        .contains("models sync    48 models from 5 pages")
        .contains("models cards   {missing=3, ok=45}; 1 malformed header(s)")
        .contains("models dedup   2 near-duplicate group(s), 3 variant card(s)")
        .contains("""
            step    remaining  filter
            0              48  models in the store
            1              47  downloads >= 2000
            2              45  has a model card
            3              44  has tags
            """)
        .contains("store    " + out.resolve("hfmine.duckdb").toAbsolutePath());
    assertThat(out.resolve("hfmine.duckdb")).exists();
    assertThat(out.resolve("archive/archive.json")).exists();
  }

  @Test
  void aSecondRunStartsFromAFreshStoreAndPrintsTheSame() {
    Path out = dir.resolve("demo");
    CliRun first = CliRun.of("demo", "--out", out.toString());
    CliRun second = CliRun.of("demo", "--out", out.toString());

    assertThat(second.code()).isZero();
    assertThat(second.out()).isEqualTo(first.out());
    assertThat(Files.exists(out.resolve("hfmine.duckdb"))).isTrue();
  }
}

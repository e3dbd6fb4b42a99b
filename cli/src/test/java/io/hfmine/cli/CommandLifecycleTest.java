package io.hfmine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import io.hfmine.datasets.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLifecycleTest {
  @TempDir
  Path dir;

  @Test
  void helpDescribesCommandsGlobalOptionsAndExitCodes() {
    CliRun run = CliRun.of("--help");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("--work-dir", "--record", "--replay", "--hf-endpoint",
        "--github-endpoint", "--verbose", "--quiet", "Exit codes", "status");
  }

  @Test
  void unknownCommandIsAUsageError() {
    CliRun run = CliRun.of("frobnicate");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("frobnicate");
  }

  @Test
  void groupWithoutSubcommandIsAUsageError() {
    CliRun run = CliRun.of("models");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("needs a subcommand");
  }

  @Test
  void globalOptionsWorkBeforeAndAfterTheCommandName() {
    Store.openIn(dir.resolve("a")).close();
    CliRun before = CliRun.of("--work-dir", dir.resolve("a").toString(), "status");
    CliRun after = CliRun.of("status", "--work-dir", dir.resolve("b").toString());
    assertThat(before.exitCode()).isZero();
    assertThat(before.out()).contains(dir.resolve("a/hfmine.duckdb").toString());
    // status only reads: the missing folder b is an error, not a new empty store.
    assertThat(after.exitCode()).isEqualTo(2);
    assertThat(after.err()).contains("--work-dir " + dir.resolve("b") + " does not exist");
    assertThat(Files.exists(dir.resolve("b/hfmine.duckdb"))).isFalse();
  }

  @Test
  void statusShowsSchemaVersionAndTables() {
    Store.openIn(dir).close();
    CliRun run = CliRun.of("status", "--work-dir", dir.toString());
    assertThat(run.out()).contains("schema  version").contains("models").contains("crawl_units");
  }

  @Test
  void recordAndReplayTogetherIsAUsageError() {
    CliRun run = CliRun.of("status", "--work-dir", dir.toString(),
        "--record", dir.resolve("r").toString(), "--replay", dir.resolve("p").toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--record and --replay cannot be used together");
  }

  @Test
  void runtimeFailureExitsOneWithAOneLineCauseAndNoStackTrace() throws Exception {
    Path work = Files.createDirectories(dir.resolve("work"));
    Files.writeString(work.resolve("hfmine.duckdb"), "not a DuckDB file");
    CliRun run = CliRun.of("status", "--work-dir", work.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).startsWith("hfmine: ").contains("-v").doesNotContain("\tat ");
  }

  @Test
  void verboseRuntimeFailurePrintsTheStackTrace() throws Exception {
    Path work = Files.createDirectories(dir.resolve("work"));
    Files.writeString(work.resolve("hfmine.duckdb"), "not a DuckDB file");
    CliRun run = CliRun.of("status", "-v", "--work-dir", work.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("\tat ");
  }

  @Test
  void brokenStudyConfigurationIsReportedWithItsFileName() throws Exception {
    Path config = Files.writeString(dir.resolve("study.yaml"), "http: [\n");
    CliRun run = CliRun.of("status", "--work-dir", dir.toString(), "--config", config.toString());
    // A configuration error is the caller's to fix, as a bad option is: exit 2.
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("study.yaml");
  }
}

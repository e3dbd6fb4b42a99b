package io.hfmine.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import io.hfmine.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliErrorsTest {
  @TempDir
  Path dir;

  @Test
  void anUnknownOptionIsOneLineAndAHintNotTheWholeHelp() {
    CliRun run = CliRun.of("--work-dir", dir.toString(), "models", "list", "--selectd");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().lines()).hasSizeLessThanOrEqualTo(3);
    assertThat(run.err()).contains("--selectd").contains("Try 'hfmine models list --help'");
  }

  @Test
  void statusHasHelp() {
    CliRun run = CliRun.of("status", "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("row count").doesNotContain("Unknown option");
  }

  @Test
  void reposHelpDescribesItsCommandsWhole() {
    CliRun run = CliRun.of("repos", "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("select").contains("sync");
  }

  @Test
  void aConfigurationErrorIsABadArgumentAndExitsTwo() throws Exception {
    Path study = Files.writeString(dir.resolve("study.yaml"), "hf:\n  page-sise: 10\n");

    CliRun run = CliRun.of("--work-dir", dir.resolve("w").toString(), "--config", study.toString(), "status");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("page-sise");
  }

  @Test
  void aMissingInputFileExitsTwoNamingIt() {
    Path missing = dir.resolve("values.csv");
    for (String[] command : new String[][] {{"stats", "compare", missing.toString()},
        {"models", "import", missing.toString()}}) {
      CliRun run = CliRun.of(CliRun.concat(new String[] {"--work-dir", dir.resolve("w").toString()}, command));
      assertThat(run.exitCode()).as(String.join(" ", command)).isEqualTo(2);
      assertThat(run.err()).as(String.join(" ", command)).contains(missing.toString());
    }
  }
}

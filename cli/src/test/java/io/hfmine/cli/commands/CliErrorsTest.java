package io.hfmine.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import io.hfmine.cli.CliRun;
import io.hfmine.cli.Main;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import picocli.CommandLine;
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
    assertThat(run.out()).contains("how many rows each table holds").doesNotContain("Unknown option");
  }

  @Test
  void everyCommandsSummaryInItsGroupsHelpIsAWholeSentence() {
    // A group's help shows the first description line of each command: it must not stop mid-sentence.
    List<String> cut = new ArrayList<>();
    Deque<CommandLine> commands = new ArrayDeque<>(List.of(Main.create(System.out, System.err)));
    while (!commands.isEmpty()) {
      CommandLine command = commands.pop();
      commands.addAll(command.getSubcommands().values());
      String[] description = command.getCommandSpec().usageMessage().description();
      if (description.length > 0 && !description[0].strip().matches("(?s).*[.:)]$")) {
        cut.add(command.getCommandSpec().qualifiedName() + ": " + description[0]);
      }
    }
    assertThat(cut).isEmpty();
  }

  @Test
  void aConfigurationErrorIsABadArgumentAndExitsTwo() throws Exception {
    Path study = Files.writeString(dir.resolve("study.yaml"), "hf:\n  page-sise: 10\n");

    Path work = Files.createDirectories(dir.resolve("w"));
    CliRun run = CliRun.of("--work-dir", work.toString(), "--config", study.toString(), "status");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("page-sise");
  }

  @Test
  void aMissingInputFileExitsTwoNamingIt() {
    Path missing = dir.resolve("values.csv");
    for (String[] command : new String[][] {{"stats", "compare", missing.toString(), "--group-col", "g", "--value-col", "v"},
        {"models", "import", missing.toString()}}) {
      CliRun run = CliRun.of(CliRun.concat(new String[] {"--work-dir", dir.resolve("w").toString()}, command));
      assertThat(run.exitCode()).as(String.join(" ", command)).isEqualTo(2);
      assertThat(run.err()).as(String.join(" ", command)).contains(missing.toString());
    }
  }
}

package io.hfmine.cli.studyfolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hfmine.cli.CliRun;
import io.hfmine.cli.support.UsageException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StudyFolderTest {
  @TempDir
  Path dir;

  private Path models() throws Exception {
    return Files.writeString(dir.resolve("models.csv"), "id,downloads\nacme/bert-small,5000\nacme/bert-tiny,12\n");
  }

  private Path study(String name, int minDownloads) throws Exception {
    return Files.writeString(dir.resolve(name), "hf:\n  select:\n    min-downloads: " + minDownloads + "\n");
  }

  @Test
  void theCommandThatCreatesTheStoreKeepsItsStudyFileAndLaterCommandsUseItAndSaySo() throws Exception {
    Path work = dir.resolve("work");
    Path study = study("mine.yaml", 100);
    assertThat(CliRun.of("--work-dir", work.toString(), "--config", study.toString(), "models", "import",
        models().toString()).exitCode()).isZero();

    assertThat(work.resolve("study.yaml")).hasSameTextualContentAs(study);
    // No --config: the folder's study (min-downloads 100) selects, not the shipped default (2,000).
    CliRun select = CliRun.of("--work-dir", work.toString(), "models", "select", "--no-require-card", "--no-require-tags");
    assertThat(select.exitCode()).isZero();
    assertThat(select.err()).contains("study folder " + work + ": configuration " + work.resolve("study.yaml"));
    assertThat(select.out()).contains("downloads >= 100");
  }

  @Test
  void aDifferentConfigIsRefusedUntilReconfigureMakesItTheFoldersOwn() throws Exception {
    Path work = dir.resolve("work");
    CliRun.of("--work-dir", work.toString(), "--config", study("first.yaml", 100).toString(), "models", "import",
        models().toString());
    Path other = study("second.yaml", 10);

    CliRun refused = CliRun.of("--work-dir", work.toString(), "--config", other.toString(), "status");
    assertThat(refused.exitCode()).isEqualTo(2);
    assertThat(refused.err()).contains("--config " + other + " differs from the configuration").contains("--reconfigure");

    CliRun changed = CliRun.of("--work-dir", work.toString(), "--config", other.toString(), "--reconfigure", "status");
    assertThat(changed.exitCode()).isZero();
    assertThat(changed.err()).contains("reconfigured");
    assertThat(work.resolve("study.yaml")).hasSameTextualContentAs(other);
  }

  @Test
  void theSameSettingsUnderAnotherFileNameAreNotAChange() throws Exception {
    Path work = dir.resolve("work");
    CliRun.of("--work-dir", work.toString(), "--config", study("first.yaml", 100).toString(), "models", "import",
        models().toString());

    assertThat(CliRun.of("--work-dir", work.toString(), "--config", study("copy.yaml", 100).toString(), "status")
        .exitCode()).isZero();
  }

  @Test
  void aStudyFileOfTheUsersInTheFolderIsNeverOverwritten() throws Exception {
    Path work = Files.createDirectories(dir.resolve("work"));
    Path own = Files.writeString(work.resolve("study.yaml"), "hf:\n  page-size: 100\n");

    CliRun run = CliRun.of("--work-dir", work.toString(), "--config", study("other.yaml", 100).toString(),
        "models", "import", models().toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains(own + " exists and is not the configuration this command runs with");
    assertThat(own).hasContent("hf:\n  page-size: 100\n");
    assertThat(work.resolve("hfmine.duckdb")).doesNotExist();
  }

  @Test
  void aFolderBuiltFromAnArchiveKeepsReplayingItAndRefusesToRecord() throws Exception {
    Path work = Files.createDirectories(dir.resolve("demo"));
    Path archive = Files.createDirectories(work.resolve("archive"));
    StudyFolder.keep(work, study("study.yaml", 100), archive);

    FolderChoice choice = FolderChoice.of(new FolderChoice.Request(work, null, null, null, false));
    assertThat(choice.replay()).isEqualTo(archive);
    assertThat(choice.note()).contains("requests answered from " + archive + " (offline)");
    assertThatThrownBy(() -> FolderChoice.of(new FolderChoice.Request(work, null, null, dir.resolve("rec"), false)))
        .isInstanceOf(UsageException.class).hasMessageContaining("never goes to the network");
  }

  @Test
  void commandsThatReadAStudyRefuseAWorkDirThatDoesNotExistInsteadOfCreatingIt() {
    Path missing = dir.resolve("no-such-study");
    for (String[] command : new String[][] {{"status"}, {"issues", "list"}, {"report"}, {"models", "list"},
        {"sql", "SELECT 1"}}) {
      CliRun run = CliRun.of(CliRun.concat(new String[] {"--work-dir", missing.toString()}, command));
      assertThat(run.exitCode()).as(String.join(" ", command)).isEqualTo(2);
      assertThat(run.err()).as(String.join(" ", command)).contains("--work-dir " + missing + " does not exist");
    }
    assertThat(missing).doesNotExist();
  }
}

package io.hfmine.cli.commands.archive;

import static org.assertj.core.api.Assertions.assertThat;

import io.hfmine.cli.CliRun;
import io.hfmine.cli.commands.demo.BundledSample;
import io.hfmine.crawler.archive.Archive;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An archive folder of the older form is still replayed, with a note, and packs into a file that answers the same. */
class ArchivePackCommandTest {
  @TempDir
  Path dir;

  private CliRun sync(Path archive, String work) throws Exception {
    Path config = Files.writeString(dir.resolve("study.yaml"), "hf:\n  page-size: 10\n");
    return CliRun.of("--work-dir", dir.resolve(work).toString(), "--config", config.toString(), "--replay",
        archive.toString(), "models", "sync", "--sort", "downloads");
  }

  private static String summary(CliRun run) {
    return run.err().lines().filter(line -> line.startsWith("models sync:")).findFirst().orElse(run.err());
  }

  @Test
  void aFolderArchiveIsReplayedWithANoteAndPackedIntoOneFileThatReplaysTheSame() throws Exception {
    Path folder = dir.resolve("old-archive");
    Archive.unpack(Path.of("..", "sample", BundledSample.ARCHIVE), folder);

    CliRun fromFolder = sync(folder, "w1");
    assertThat(fromFolder.exitCode()).as(fromFolder.err()).isZero();
    assertThat(fromFolder.err()).contains("is an archive folder of the older form").contains("hfmine archive pack");

    CliRun pack = CliRun.of("--work-dir", dir.resolve("w0").toString(), "archive", "pack", folder.toString());
    assertThat(pack.exitCode()).as(pack.err()).isZero();
    Path file = dir.resolve("old-archive.zip");
    assertThat(pack.err()).contains("packed into " + file);
    assertThat(Files.size(file)).isLessThan(Files.size(Path.of("..", "sample", BundledSample.ARCHIVE)) * 2);

    CliRun fromFile = sync(file, "w2");
    assertThat(fromFile.exitCode()).as(fromFile.err()).isZero();
    assertThat(fromFile.err()).doesNotContain("older form");
    assertThat(summary(fromFile)).isEqualTo(summary(fromFolder)).containsPattern("[1-9][0-9]* model\\(s\\) stored");

    CliRun again = CliRun.of("--work-dir", dir.resolve("w0").toString(), "archive", "pack", folder.toString());
    assertThat(again.exitCode()).isEqualTo(2);
    assertThat(again.err()).contains(file + " exists");
  }

  @Test
  void aFolderWithoutAManifestIsAUsageErrorNamingIt() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("not-an-archive"));
    CliRun pack = CliRun.of("--work-dir", dir.resolve("w").toString(), "archive", "pack", folder.toString());
    assertThat(pack.exitCode()).isEqualTo(2);
    assertThat(pack.err()).contains(folder + " is not an archive folder");
  }
}

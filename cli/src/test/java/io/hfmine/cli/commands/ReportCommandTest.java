package io.hfmine.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import io.hfmine.cli.CliRun;
import io.hfmine.datasets.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {
  @TempDir
  Path workDir;

  private CliRun last;

  private int run(String... args) {
    last = CliRun.of(args);
    return last.exitCode();
  }

  @Test
  void writesHtmlAndMarkdownIntoTheChosenDirectoryAndPrintsTheirPaths() throws Exception {
    try (Store store = Store.openIn(workDir)) {
      store.transaction(connection -> {
        try (Statement statement = connection.createStatement()) {
          statement.execute("INSERT INTO selection_funnel VALUES ('repositories', 1, 'candidates', 9876, now())");
        }
        return null;
      });
    }
    Path outDir = workDir.resolve("my-report");
    int code = run("report", "--out", outDir.toString(), "--work-dir", workDir.toString());
    assertThat(code).as(last.err()).isZero();
    assertThat(last.out()).contains(outDir.resolve("report.html").toString())
        .contains(outDir.resolve("report.md").toString());
    assertThat(Files.readString(outDir.resolve("report.html"))).contains("9,876").contains("hfmine study report");
    assertThat(Files.readString(outDir.resolve("report.md"))).contains("9,876");
  }

  @Test
  void theUsersOwnFiguresFolderSurvivesAReportWrittenBesideIt() throws Exception {
    Path outDir = workDir.resolve("paper");
    Files.createDirectories(outDir.resolve("figures"));
    Files.writeString(outDir.resolve("figures/architecture.pdf"), "my figure");

    assertThat(run("report", "--out", outDir.toString(), "--work-dir", workDir.toString())).as(last.err()).isZero();
    assertThat(run("report", "--out", outDir.toString(), "--work-dir", workDir.toString())).as(last.err()).isZero();

    assertThat(outDir.resolve("figures/architecture.pdf")).hasContent("my figure");
    assertThat(outDir.resolve("report.html")).exists();
  }

  @Test
  void aReportAskedToGoIntoAFileSaysSo() throws Exception {
    Path file = Files.writeString(workDir.resolve("report.txt"), "notes");

    assertThat(run("report", "--out", file.toString(), "--work-dir", workDir.toString())).isEqualTo(1);
    assertThat(last.err()).contains("hfmine report: " + file + " is a file, not a directory");
    assertThat(file).hasContent("notes");
  }
}

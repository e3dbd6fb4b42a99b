package io.hfmine.datasets.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OwnedOutputTest {
  @TempDir
  Path dir;

  private void write(String writer, Path out, String... files) throws IOException {
    OwnedOutput output = OwnedOutput.begin(out, writer);
    for (String file : files) {
      Path staged = output.staging().resolve(file);
      Files.createDirectories(staged.getParent());
      Files.writeString(staged, file + " by " + writer);
    }
    output.commit(List.of());
  }

  private static List<String> files(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).sorted().toList();
    }
  }

  @Test
  void aNewSetReplacesTheOldOneInADirectoryOfItsOwn() throws IOException {
    Path out = dir.resolve("report");
    write("hfmine report", out, "report.html", "figures/a.svg", "figures/b.svg");
    write("hfmine report", out, "report.html", "figures/c.svg");

    assertThat(files(out)).containsExactly(".hfmine-report.files", "figures/c.svg", "report.html");
    assertThat(files(dir)).allMatch(f -> f.startsWith("report/"));
  }

  @Test
  void theUsersOwnFilesBesideTheOutputAreNeverTouched() throws IOException {
    Path out = dir.resolve("paper");
    Files.createDirectories(out.resolve("figures"));
    Files.writeString(out.resolve("figures/mine.png"), "my figure");
    write("hfmine report", out, "report.html", "figures/a.svg");
    write("hfmine report", out, "report.html", "figures/b.svg");

    assertThat(files(out)).containsExactly(".hfmine-report.files", "figures/b.svg", "figures/mine.png", "report.html");
    assertThat(out.resolve("figures/mine.png")).hasContent("my figure");
  }

  @Test
  void aUsersFileWithTheNameOfANewOneStopsTheWriteBeforeAnyChange() throws IOException {
    Path out = dir.resolve("paper");
    Files.createDirectories(out.resolve("figures"));
    Files.writeString(out.resolve("figures/a.svg"), "my own a.svg");

    assertThatThrownBy(() -> write("hfmine report", out, "report.html", "figures/a.svg"))
        .isInstanceOf(OwnedOutput.OutputConflictException.class)
        .hasMessage("hfmine report: " + out.resolve("figures/a.svg") + " was not written by hfmine report and would "
            + "be overwritten; move it away or choose another output directory");
    assertThat(files(out)).containsExactly("figures/a.svg");
    assertThat(files(dir)).containsExactly("paper/figures/a.svg");
  }

  @Test
  void twoCommandsSharingADirectoryKeepToTheirOwnFiles() throws IOException {
    Path out = dir.resolve("out");
    write("hfmine report", out, "report.html");
    write("hfmine export", out, "models.csv");
    write("hfmine export", out, "models.parquet");

    assertThat(files(out)).containsExactly(".hfmine-export.files", ".hfmine-report.files", "models.parquet",
        "report.html");
  }

  @Test
  void aFileWhereTheDirectoryShouldBeIsAnErrorNamingIt() throws IOException {
    Path file = Files.writeString(dir.resolve("report"), "not a directory");

    assertThatThrownBy(() -> OwnedOutput.begin(file, "hfmine report"))
        .isInstanceOf(OwnedOutput.OutputConflictException.class)
        .hasMessage("hfmine report: " + file + " is a file, not a directory; give a directory to write into");
  }

  @Test
  void aSwapKilledBetweenItsTwoRenamesIsRolledBackByTheNextWrite() throws IOException {
    Path out = dir.resolve("report");
    write("hfmine report", out, "report.html");
    // What a kill after the first rename leaves: the old directory under its temporary name.
    Files.move(out, dir.resolve(".report.replaced"));

    OwnedOutput.begin(out, "hfmine report").abandon();

    assertThat(files(out)).containsExactly(".hfmine-report.files", "report.html");
    assertThat(dir.resolve(".report.replaced")).doesNotExist();
  }
}

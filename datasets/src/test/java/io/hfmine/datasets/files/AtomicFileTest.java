package io.hfmine.datasets.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
  @TempDir
  Path dir;

  private List<String> names() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(file -> file.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void writesBytesTextAndLinesWhole() throws IOException {
    AtomicFile.at(dir.resolve("a.bin")).write(new byte[] {1, 2, 3});
    AtomicFile.at(dir.resolve("b.txt")).writeString("grüße\n");
    AtomicFile.at(dir.resolve("c.txt")).writeLines(List.of("one", "two"));
    AtomicFile.at(dir.resolve("d.txt")).writeText(out -> out.write("streamed"));
    AtomicFile.at(dir.resolve("e.bin")).synced().write(out -> new DataOutputStream(out).writeInt(258));

    assertThat(Files.readAllBytes(dir.resolve("a.bin"))).containsExactly(1, 2, 3);
    assertThat(Files.readString(dir.resolve("b.txt"), StandardCharsets.UTF_8)).isEqualTo("grüße\n");
    assertThat(Files.readAllLines(dir.resolve("c.txt"))).containsExactly("one", "two");
    assertThat(Files.readString(dir.resolve("d.txt"))).isEqualTo("streamed");
    assertThat(Files.readAllBytes(dir.resolve("e.bin"))).containsExactly(0, 0, 1, 2);
    assertThat(names()).containsExactly("a.bin", "b.txt", "c.txt", "d.txt", "e.bin");
  }

  @Test
  void aLongStreamArrivesWholeWhetherOrNotTheWriterClosesItsStream() throws IOException {
    Path file = dir.resolve("long.txt");
    String line = "x".repeat(999) + "\n";

    AtomicFile.at(file).writeText(out -> {
      for (int i = 0; i < 1000; i++) {
        out.write(line);
      }
      out.close();
    });

    assertThat(Files.size(file)).isEqualTo(1_000_000);
  }

  @Test
  void aWriterThatThrowsLeavesTheOldContentAndNoTemporary() throws IOException {
    Path file = Files.writeString(dir.resolve("table.csv"), "old");
    IOException boom = new IOException("the source went away");

    assertThatThrownBy(() -> AtomicFile.at(file).write(out -> {
      out.write("half of the new".getBytes(StandardCharsets.UTF_8));
      out.flush();
      throw boom;
    })).isSameAs(boom);

    assertThat(Files.readString(file)).isEqualTo("old");
    assertThat(names()).containsExactly("table.csv");
  }

  @Test
  void aWriterThatFailsUncheckedLeavesNoFileWhereThereWasNone() throws IOException {
    Path file = dir.resolve("new.txt");

    assertThatThrownBy(() -> AtomicFile.at(file).writeText(out -> {
      out.write("partial");
      throw new IllegalStateException("bad row 12");
    })).isInstanceOf(IllegalStateException.class).hasMessage("bad row 12");

    assertThat(names()).isEmpty();
  }

  @Test
  void whileBeingWrittenTheContentIsInAHiddenPartSiblingNotInTheTarget() throws IOException {
    Path file = Files.writeString(dir.resolve("entry.json"), "old");
    List<List<String>> seen = new java.util.ArrayList<>();

    AtomicFile.at(file).writeString("new");
    AtomicFile.at(file).write(out -> {
      out.write('x');
      out.flush();
      seen.add(names());
      assertThat(Files.readString(file)).isEqualTo("new");
    });

    assertThat(seen.getFirst()).hasSize(2).contains("entry.json")
        .anySatisfy(name -> assertThat(name).startsWith(".entry.json.").endsWith(".part")
            .satisfies(temporary -> assertThat(AtomicFile.isTemporary(dir.resolve(temporary))).isTrue()));
    assertThat(AtomicFile.isTemporary(file)).isFalse();
    assertThat(Files.readString(file)).isEqualTo("x");
  }

  @Test
  void twoWritersOfOneFileEachWriteTheirOwnTemporaryAndTheLastMoveWins() throws IOException {
    Path file = dir.resolve("shared.bin");

    AtomicFile.at(file).writeText(outer -> {
      outer.write("outer");
      AtomicFile.at(file).writeString("inner");
      assertThat(Files.readString(file)).isEqualTo("inner");
    });

    assertThat(Files.readString(file)).isEqualTo("outer");
    assertThat(names()).containsExactly("shared.bin");
  }

  @Test
  void aFileThatCannotBeMovedIntoPlaceIsNamedAndItsTemporaryRemoved() throws IOException {
    Path taken = Files.createDirectories(dir.resolve("report.html"));
    Files.writeString(taken.resolve("inside.txt"), "keep");

    assertThatThrownBy(() -> AtomicFile.at(taken).writeString("page"))
        .isInstanceOf(AtomicFile.WriteFailedException.class)
        .hasMessageStartingWith("cannot write " + taken + ": ")
        .hasMessageNotContaining(".part")
        .satisfies(e -> assertThat(((AtomicFile.WriteFailedException) e).file()).isEqualTo(taken));

    assertThat(names()).containsExactly("report.html");
    assertThat(Files.readString(taken.resolve("inside.txt"))).isEqualTo("keep");
  }

  @Test
  void aFileUnderAPathThatIsNotADirectoryIsNamedWithTheReason() throws IOException {
    Path notADirectory = Files.writeString(dir.resolve("notes.txt"), "x");
    Path file = notADirectory.resolve("out.csv");

    assertThatThrownBy(() -> AtomicFile.at(file).writeString("a,b\n"))
        .isInstanceOf(AtomicFile.WriteFailedException.class)
        .hasMessage("cannot write " + file + ": " + notADirectory + " exists and is not a directory");
    assertThat(names()).containsExactly("notes.txt");
  }

  @Test
  void missingParentDirectoriesAreCreated() throws IOException {
    Path file = dir.resolve("a/b/c.txt");

    AtomicFile.at(file).writeString("deep");

    assertThat(Files.readString(file)).isEqualTo("deep");
  }

  @Test
  void whereTheFileSystemRefusesAnAtomicMoveAPlainReplacingMoveIsUsed() throws IOException {
    Path file = Files.writeString(dir.resolve("vectors.bin"), "old");
    AtomicFile.Move refusing = (from, to) -> {
      throw new AtomicMoveNotSupportedException(from.toString(), to.toString(), "not on this file system");
    };

    AtomicFile.at(file, refusing).writeString("new");

    assertThat(Files.readString(file)).isEqualTo("new");
    assertThat(names()).containsExactly("vectors.bin");
  }

  @Test
  void aNewFileGetsThePermissionsOfAPlainNewFileNotOwnerOnlyOnes() throws IOException {
    if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      return;
    }
    Path plain = Files.writeString(dir.resolve("plain.txt"), "p");
    Path written = dir.resolve("written.txt");

    AtomicFile.at(written).writeString("w");

    assertThat(Files.getFileAttributeView(written, PosixFileAttributeView.class).readAttributes().permissions())
        .isEqualTo(Files.getFileAttributeView(plain, PosixFileAttributeView.class).readAttributes().permissions());
  }

  @Test
  void aCopyKeepsThePermissionsOfItsSourceAsFilesCopyDoes() throws IOException {
    if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      return;
    }
    Path source = Files.writeString(dir.resolve("private.yaml"), "key: value\n");
    Files.setPosixFilePermissions(source, PosixFilePermissions.fromString("rw-------"));
    Path copy = Files.writeString(dir.resolve("copy.yaml"), "old");

    AtomicFile.at(copy).copyOf(source);

    assertThat(Files.readString(copy)).isEqualTo("key: value\n");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(copy))).isEqualTo("rw-------");
    assertThat(names()).containsExactly("copy.yaml", "private.yaml");
  }

  @Test
  void aVeryLongNameStillGetsATemporary() throws IOException {
    Path file = dir.resolve("n".repeat(250));

    AtomicFile.at(file).writeString("fits");

    assertThat(Files.readString(file)).isEqualTo("fits");
  }

  @Test
  void aPipeOrDeviceIsWrittenInPlaceNeverReplacedByAFile() throws Exception {
    Path pipe = dir.resolve("pipe");
    boolean made;
    try {
      made = new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0;
    } catch (IOException e) {
      made = false;
    }
    org.junit.jupiter.api.Assumptions.assumeTrue(made, "mkfifo is not available here");
    java.util.concurrent.CompletableFuture<String> read = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
      try {
        return Files.readString(pipe);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });

    AtomicFile.at(pipe).synced().writeString("through the pipe\n");

    assertThat(read.get(30, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo("through the pipe\n");
    assertThat(Files.isRegularFile(pipe)).as("still a pipe, not a file moved over it").isFalse();
    assertThat(names()).containsExactly("pipe");
  }
}

package io.hfmine.datasets.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryTreeTest {
  @TempDir
  Path dir;

  private Path tree(String name, String content) throws IOException {
    Path root = dir.resolve(name);
    Files.createDirectories(root.resolve("sub"));
    Files.writeString(root.resolve("sub").resolve("file.txt"), content);
    return root;
  }

  @Test
  void aFinishedTreeReplacesTheOldOneAndNothingOfTheOldOneStays() throws IOException {
    Path target = tree("index", "old");
    Path built = tree("index.building", "new");
    Files.writeString(target.resolve("only-in-old.txt"), "x");

    DirectoryTree.replace(built, target);

    assertThat(target.resolve("sub").resolve("file.txt")).hasContent("new");
    assertThat(target.resolve("only-in-old.txt")).doesNotExist();
    assertThat(built).doesNotExist();
    assertThat(dir.resolve("index.old")).doesNotExist();
  }

  @Test
  void aFinishedTreeGoesInPlaceWhereNoneWasAndTheParentIsCreated() throws IOException {
    Path built = tree("index.building", "new");
    Path target = dir.resolve("deeper").resolve("index");

    DirectoryTree.replace(built, target);

    assertThat(target.resolve("sub").resolve("file.txt")).hasContent("new");
  }

  @Test
  void theLeftoverOfASwapThatWasKilledIsRemovedFirst() throws IOException {
    tree("index.old", "stale");
    Path built = tree("index.building", "new");
    Path target = dir.resolve("index");

    DirectoryTree.replace(built, target);

    assertThat(target.resolve("sub").resolve("file.txt")).hasContent("new");
    assertThat(dir.resolve("index.old")).doesNotExist();
  }

  @Test
  void deletingAMissingTreeDoesNothing() throws IOException {
    DirectoryTree.delete(dir.resolve("absent"));

    assertThat(dir).isEmptyDirectory();
  }
}

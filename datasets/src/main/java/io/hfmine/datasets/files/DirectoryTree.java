package io.hfmine.datasets.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Removes a directory with everything below it (staging folders, temporary corpora, outputs to redo). */
public final class DirectoryTree {
  private DirectoryTree() {
  }

  /** Deletes {@code root} and its contents, deepest first; nothing happens when it does not exist. */
  public static void delete(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}

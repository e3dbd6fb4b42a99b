package io.hfmine.datasets.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Removes a directory with everything below it (staging folders, temporary corpora, outputs to
 * redo), and swaps a finished directory in for an old one.
 */
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

  /**
   * Puts the finished directory {@code built} in place of {@code target}: the old one is renamed
   * aside, the new one renamed in, then the old one deleted. Readers see the old tree or the new
   * one; only between the two renames is there none, never for the time a deletion takes. A
   * leftover of an earlier swap that was killed ({@code NAME.old}) is removed first.
   */
  public static void replace(Path built, Path target) throws IOException {
    Path old = target.resolveSibling(target.getFileName() + ".old");
    delete(old);
    Files.createDirectories(target.toAbsolutePath().getParent());
    boolean hadOld = Files.exists(target);
    if (hadOld) {
      Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
    }
    Files.move(built, target, StandardCopyOption.ATOMIC_MOVE);
    if (hadOld) {
      delete(old);
    }
  }
}

package io.hfmine.analyzers.usage.scan;

import io.hfmine.analyzers.usage.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The files {@code usage scan} reads below a path: Python, Java and notebooks, depth-first with
 * entries sorted by name (so the order does not depend on the file system), lazily. Hidden
 * directories (.git, .venv) and dependency folders are skipped: they hold libraries, not the
 * project's own code; symbolic links to directories are not followed.
 */
public final class ScanTree {
  private static final Set<String> SKIPPED_DIRECTORIES = Set.of("node_modules", "__pycache__", "site-packages",
      "venv", "env", "build", "dist", "target");

  private ScanTree() {
  }

  /** Receives the files found, in order. */
  public interface Visitor {
    void file(Path file, long size);

    /** A directory that cannot be listed or a file whose size cannot be read. */
    void unreadable(Path path, IOException error);
  }

  /** Visits every file of a supported language below {@code root} (or {@code root} itself). */
  public static void forEachFile(Path root, Visitor visitor) {
    if (!Files.exists(root)) {
      throw new IllegalArgumentException(root + ": no such file or directory");
    }
    Deque<Path> pending = new ArrayDeque<>();
    pending.push(root);
    while (!pending.isEmpty()) {
      Path path = pending.pop();
      // Symbolic links to directories are not followed: they can loop, or lead out of the checkout.
      if (path.equals(root) ? Files.isDirectory(path) : Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString();
        if (!path.equals(root) && (name.startsWith(".") || SKIPPED_DIRECTORIES.contains(name))) {
          continue;
        }
        List<Path> children;
        try (Stream<Path> list = Files.list(path)) {
          children = list.sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        } catch (IOException e) {
          visitor.unreadable(path, e);
          continue;
        }
        for (int i = children.size() - 1; i >= 0; i--) {
          pending.push(children.get(i));
        }
      } else if (Files.isRegularFile(path) && SourceFile.languageOf(path.toString()) != null) {
        try {
          visitor.file(path, Files.size(path));
        } catch (IOException e) {
          visitor.unreadable(path, e);
        }
      }
    }
  }
}

package io.hfmine.bench.usage;

import io.hfmine.analyzers.usage.scan.ScanTree;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The Python source files {@code usage scan} reads in a folder of real checkouts: the same walk
 * ({@link ScanTree}), kept to {@code .py} files, which is what the CPython reference parses too
 * (notebooks are JSON, stubs are left out).
 */
public record RealCorpus(Path root, List<Path> files, long bytes, int repositories) {

  public static RealCorpus of(Path root) {
    List<Path> files = new ArrayList<>();
    long[] bytes = {0};
    ScanTree.forEachFile(root, new ScanTree.Visitor() {
      @Override
      public void file(Path file, long size) {
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".py")) {
          files.add(file);
          bytes[0] += size;
        }
      }

      @Override
      public void unreadable(Path path, IOException error) {
        throw new UncheckedIOException("cannot read " + path + ": " + error.getMessage(), error);
      }
    });
    int repositories;
    try (var children = Files.list(root)) {
      repositories = (int) children.filter(Files::isDirectory).count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new RealCorpus(root, List.copyOf(files), bytes[0], repositories);
  }

  /** The same files, narrowed to a subset (e.g. those the prefilter lets through). */
  public RealCorpus narrowedTo(List<Path> subset) {
    long total = 0;
    for (Path file : subset) {
      try {
        total += Files.size(file);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new RealCorpus(root, List.copyOf(subset), total, repositories);
  }

  /** Reads every file once, so that neither measured run pays for the disk. */
  public void warmPageCache() throws IOException {
    for (Path file : files) {
      Files.readAllBytes(file);
    }
  }

  /** One path a line, for the reference script. */
  public Path writeList(Path dir) throws IOException {
    Path list = dir.resolve("files.txt");
    Files.write(list, files.stream().map(Path::toString).toList(), StandardCharsets.UTF_8);
    return list;
  }

  /** A picocli argument file ({@code @FILE}): one quoted path a line. */
  public Path writeArgumentFile(Path dir) throws IOException {
    Path list = dir.resolve("files.args");
    Files.write(list, files.stream()
        .map(p -> "\"" + p.toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\"").toList(),
        StandardCharsets.UTF_8);
    return list;
  }

  public double megabytes() {
    return bytes / 1e6;
  }
}

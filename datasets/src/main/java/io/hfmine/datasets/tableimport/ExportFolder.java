package io.hfmine.datasets.tableimport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The table files of an export folder; its card, manifest and anything else are not tables. */
public final class ExportFolder {
  private ExportFolder() {
  }

  /** Every {@code TABLE.ext} file of {@code dir}, by name; one table in two formats is an error. */
  public static List<TableFile> tableFiles(Path dir) {
    List<Path> paths;
    try (Stream<Path> listing = Files.list(dir)) {
      paths = listing.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
    }
    Map<String, TableFile> byTable = new LinkedHashMap<>();
    for (Path path : paths) {
      TableFile.recognise(path).ifPresent(file -> {
        TableFile other = byTable.putIfAbsent(file.table(), file);
        if (other != null) {
          throw new BadTableFileException(dir + ": table " + file.table() + " is there twice ("
              + other.path().getFileName() + " and " + path.getFileName() + "); keep one");
        }
      });
    }
    return new ArrayList<>(byTable.values());
  }
}

package io.hfmine.analyzers.usage.isolation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Remembers, across JVM deaths, which files were being parsed in this process, so that a file
 * whose parse kills the JVM is skipped by the next run instead of killing it again.
 *
 * <p>Each thread writes the key of its current file to its own small file before parsing and
 * deletes it after; what is left at the next start was in flight when the JVM died, and joins
 * {@code crashed.txt}, which stays until the directory is deleted. No fsync: the files have
 * to survive the process, not the machine.
 */
public final class CrashJournal {
  private static final String IN_FLIGHT = "in-flight-";
  private static final String CRASHED = "crashed.txt";

  private final Path directory;
  private volatile boolean created;

  public CrashJournal(Path directory) {
    this.directory = directory;
  }

  /**
   * The keys of every file that was in flight when an earlier run died, now or before; moves
   * what was in flight into the permanent list.
   */
  public Set<String> crashedBefore() {
    Set<String> crashed = new LinkedHashSet<>();
    if (!Files.isDirectory(directory)) {
      return crashed;
    }
    try {
      Path list = directory.resolve(CRASHED);
      if (Files.exists(list)) {
        Files.readAllLines(list, StandardCharsets.UTF_8).stream().filter(line -> !line.isBlank()).forEach(crashed::add);
      }
      Set<String> found = new LinkedHashSet<>();
      try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, IN_FLIGHT + "*")) {
        for (Path file : files) {
          String key = Files.readString(file, StandardCharsets.UTF_8).strip();
          if (!key.isEmpty() && !crashed.contains(key)) {
            found.add(key);
          }
        }
      }
      if (!found.isEmpty()) {
        Files.write(list, found, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        crashed.addAll(found);
      }
      try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, IN_FLIGHT + "*")) {
        for (Path file : files) {
          Files.deleteIfExists(file);
        }
      }
      return crashed;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the crash journal in " + directory + ": " + e.getMessage(), e);
    }
  }

  /** Notes that this thread starts parsing the file {@code key}. */
  public void begin(String key) {
    try {
      if (!created) {
        Files.createDirectories(directory);
        created = true;
      }
      Files.writeString(threadFile(), key, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
          StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the crash journal in " + directory + ": " + e.getMessage(), e);
    }
  }

  /** Notes that this thread's file is done, whatever its outcome. */
  public void end() {
    try {
      Files.deleteIfExists(threadFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the crash journal in " + directory + ": " + e.getMessage(), e);
    }
  }

  /** Removes the directory when nothing is in it: a run that ended normally leaves no trace. */
  public void removeIfEmpty() {
    try (DirectoryStream<Path> files = Files.newDirectoryStream(directory)) {
      if (!files.iterator().hasNext()) {
        Files.deleteIfExists(directory);
      }
    } catch (IOException e) {
      // missing already, or not ours to clean: leave it
    }
  }

  private Path threadFile() {
    return directory.resolve(IN_FLIGHT + Thread.currentThread().threadId());
  }
}

package io.hfmine.analyzers.usage.isolation;

import io.hfmine.datasets.files.AtomicFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers, across JVM deaths, which files were being parsed in this process, so that a file
 * whose parse kills the JVM is not parsed in-process again.
 *
 * <p>Each thread writes the key of its current file to its own small file before parsing and
 * deletes it after. Notes left at the next start were in flight when the JVM ended abnormally,
 * which a native crash does, but so do {@code kill -9}, a power cut and the out-of-memory
 * killer: they are only <em>suspects</em> ({@code suspects.txt}), which the next run parses in a
 * child process. Only a suspect that kills that child too is confirmed ({@code crashed.txt},
 * kept until the directory is deleted); the others are parsed as usual and forgotten. An
 * orderly shutdown (Ctrl-C, SIGTERM) runs a hook that removes this process's notes: a JVM ending
 * that way was not killed by native code. No fsync: the files have to survive the process, not
 * the machine.
 */
public final class CrashJournal {
  private static final String IN_FLIGHT = "in-flight-";
  private static final String CRASHED = "crashed.txt";
  private static final String SUSPECTS = "suspects.txt";

  private final Path directory;
  private final Set<String> writtenNotes = ConcurrentHashMap.newKeySet();
  private volatile boolean created;
  private Thread shutdownHook;

  public CrashJournal(Path directory) {
    this.directory = directory;
  }

  /**
   * What earlier runs left: files confirmed to crash, and files in flight when a run died (a
   * concurrent set: verified suspects leave it).
   */
  public record Recovered(Set<String> crashed, Set<String> suspects) {
  }

  /**
   * Reads what earlier runs left, moving notes of files in flight into the suspects, and starts
   * watching for an orderly shutdown of this JVM. Call once, before the first {@link #begin}.
   */
  public synchronized Recovered recover() {
    Set<String> crashed = new LinkedHashSet<>();
    Set<String> suspects = new LinkedHashSet<>();
    if (Files.isDirectory(directory)) {
      try {
        crashed.addAll(lines(CRASHED));
        suspects.addAll(lines(SUSPECTS));
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, IN_FLIGHT + "*")) {
          for (Path file : files) {
            String key = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (!key.isEmpty()) {
              suspects.add(key);
            }
          }
        }
        suspects.removeAll(crashed);
        rewrite(SUSPECTS, suspects);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, IN_FLIGHT + "*")) {
          for (Path file : files) {
            Files.deleteIfExists(file);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the crash journal in " + directory + ": " + e.getMessage(), e);
      }
    }
    if (shutdownHook == null) {
      shutdownHook = new Thread(this::forgetNotesOfThisProcess, "usage-crash-journal-shutdown");
      Runtime.getRuntime().addShutdownHook(shutdownHook);
    }
    Set<String> liveSuspects = ConcurrentHashMap.newKeySet();
    liveSuspects.addAll(suspects);
    return new Recovered(Collections.unmodifiableSet(crashed), liveSuspects);
  }

  /** Notes that this thread starts parsing the file {@code key}. */
  public void begin(String key) {
    try {
      if (!created) {
        Files.createDirectories(directory);
        created = true;
      }
      Path note = threadFile();
      writtenNotes.add(note.getFileName().toString());
      Files.writeString(note, key, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
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

  /** A suspect killed a child process too: it crashes the parser, and later runs skip it. */
  public synchronized void confirmCrash(String key) {
    try {
      Files.createDirectories(directory);
      Files.write(directory.resolve(CRASHED), List.of(key), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
      dropSuspect(key);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the crash journal in " + directory + ": " + e.getMessage(), e);
    }
  }

  /** A suspect parsed without killing anything: the run that left it died of something else. */
  public synchronized void clearSuspect(String key) {
    try {
      dropSuspect(key);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the crash journal in " + directory + ": " + e.getMessage(), e);
    }
  }

  /**
   * Ends watching for shutdown, and removes the directory when nothing is in it: a run that
   * ended normally leaves no trace.
   */
  public synchronized void finish() {
    if (shutdownHook != null) {
      try {
        Runtime.getRuntime().removeShutdownHook(shutdownHook);
      } catch (IllegalStateException e) {
        // the JVM is shutting down already: the hook runs anyway
      }
      shutdownHook = null;
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(directory)) {
      if (!files.iterator().hasNext()) {
        Files.deleteIfExists(directory);
      }
    } catch (IOException e) {
      // missing already, or not ours to clean: leave it
    }
  }

  private void dropSuspect(String key) throws IOException {
    List<String> suspects = lines(SUSPECTS);
    if (suspects.remove(key)) {
      rewrite(SUSPECTS, suspects);
    }
  }

  /** On an orderly shutdown, this process's notes go: no native crash ended it. */
  private void forgetNotesOfThisProcess() {
    for (String note : writtenNotes) {
      try {
        Files.deleteIfExists(directory.resolve(note));
      } catch (IOException e) {
        // best effort: a note left behind only makes its file a suspect, parsed in a child next time
      }
    }
  }

  private List<String> lines(String name) throws IOException {
    Path file = directory.resolve(name);
    List<String> out = new ArrayList<>();
    if (Files.exists(file)) {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          out.add(line.strip());
        }
      }
    }
    return out;
  }

  /** Replaces a list file (written beside and moved), or removes it when the list is empty. */
  private void rewrite(String name, java.util.Collection<String> lines) throws IOException {
    Path file = directory.resolve(name);
    if (lines.isEmpty()) {
      Files.deleteIfExists(file);
      return;
    }
    AtomicFile.at(file).writeLines(lines);
  }

  private Path threadFile() {
    return directory.resolve(IN_FLIGHT + ProcessHandle.current().pid() + "-" + Thread.currentThread().threadId());
  }
}

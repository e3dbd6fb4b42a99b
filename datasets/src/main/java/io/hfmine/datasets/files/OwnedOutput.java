package io.hfmine.datasets.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The files one command writes into an output directory it may share with the user (a report,
 * a dataset export). The command writes everything into a staging folder; {@link #commit} then
 * replaces the set it wrote last time with the new set, and touches nothing else.
 *
 * <p>What the command wrote is listed in the directory's ledger ({@code .hfmine-report.files} for
 * {@code hfmine report}; each command has its own, so a report and an export can share a
 * directory without touching each other's files). A new file
 * whose name is taken by a file the ledger does not list is an error before anything changes, so
 * a user's file is never overwritten; files of the old set that the new set lacks are removed,
 * so two exports in different formats never leave both sets behind. When the directory holds
 * nothing but the old set, the staging folder (a sibling) replaces the directory by two renames
 * and readers never see a mix; otherwise the files are moved in one by one, the {@code last}
 * ones (a manifest) at the end, and the ledger is rewritten last. An interrupted replacement is
 * finished or rolled back by the next one.
 */
public final class OwnedOutput {
  private final Path dir;
  private final String writer;
  private final String ledgerName;
  private final Path staging;
  private final boolean siblingStaging;

  private OwnedOutput(Path dir, String writer, Path staging, boolean siblingStaging) {
    this.dir = dir;
    this.writer = writer;
    this.ledgerName = ledgerName(writer);
    this.staging = staging;
    this.siblingStaging = siblingStaging;
  }

  /** The output directory cannot be used; the message names it. */
  public static final class OutputConflictException extends RuntimeException {
    public OutputConflictException(String message) {
      super(message);
    }
  }

  /**
   * Prepares a staging folder for {@code dir}; {@code writer} names the command in messages
   * ("hfmine report"). Fails when {@code dir} exists and is not a directory.
   */
  public static OwnedOutput begin(Path dir, String writer) {
    Path target = dir.toAbsolutePath().normalize();
    if (Files.exists(target) && !Files.isDirectory(target)) {
      throw new OutputConflictException(writer + ": " + dir + " is a file, not a directory; give a directory to write into");
    }
    try {
      recover(target);
      Path parent = target.getParent();
      Files.createDirectories(parent);
      Path sibling = parent.resolve("." + target.getFileName() + ".in-progress");
      try {
        DirectoryTree.delete(sibling);
        Files.createDirectory(sibling);
        return new OwnedOutput(target, writer, sibling, true);
      } catch (AccessDeniedException e) {
        // A directory whose parent we may not write: stage inside it and move files one by one.
        Files.createDirectories(target);
        Path inside = target.resolve(".hfmine-in-progress");
        DirectoryTree.delete(inside);
        Files.createDirectory(inside);
        return new OwnedOutput(target, writer, inside, false);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(writer + ": cannot prepare " + dir + ": " + describe(e), e);
    }
  }

  /** The ledger file of a command: {@code .hfmine-report.files} for "hfmine report". */
  public static String ledgerName(String writer) {
    String slug = writer.replaceFirst("^hfmine ", "").toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    return ".hfmine-" + slug + ".files";
  }

  /** Where the command writes its files, by the relative paths they will have in the directory. */
  public Path staging() {
    return staging;
  }

  /** Drops the staged files; the directory keeps what it had. */
  public void abandon() {
    try {
      DirectoryTree.delete(staging);
    } catch (IOException e) {
      // The staging folder is recreated (and cleared) by the next begin().
    }
  }

  /**
   * Replaces the old set with the staged files. {@code last} names files moved in after all
   * others (a manifest that describes the rest). Returns the relative paths now owned.
   */
  public List<String> commit(List<String> last) {
    try {
      Set<String> incoming = filesUnder(staging);
      Set<String> previous = ledger(dir.resolve(ledgerName));
      Set<String> existing = Files.isDirectory(dir) ? filesUnder(dir) : Set.of();
      List<String> taken = new ArrayList<>();
      Set<String> foreign = new TreeSet<>();
      for (String file : existing) {
        if (file.equals(ledgerName) || file.startsWith(".hfmine-in-progress/") || previous.contains(file)) {
          continue;
        }
        foreign.add(file);
        if (incoming.contains(file)) {
          taken.add(file);
        }
      }
      if (!taken.isEmpty()) {
        throw new OutputConflictException(writer + ": " + dir.resolve(taken.getFirst()) + (taken.size() > 1
            ? " and " + (taken.size() - 1) + " more file(s) were" : " was") + " not written by " + writer
            + " and would be overwritten; move " + (taken.size() > 1 ? "them" : "it")
            + " away or choose another output directory");
      }
      List<String> ordered = new ArrayList<>(incoming.stream().filter(f -> !last.contains(f)).sorted().toList());
      last.stream().filter(incoming::contains).forEach(ordered::add);
      Files.writeString(staging.resolve(ledgerName), String.join("\n", ordered) + "\n", StandardCharsets.UTF_8);
      if (siblingStaging && foreign.isEmpty()) {
        swap();
      } else {
        moveOneByOne(ordered, previous);
      }
      return ordered;
    } catch (IOException e) {
      throw new UncheckedIOException(writer + ": cannot write into " + dir + ": " + describe(e), e);
    } finally {
      abandon();
    }
  }

  // The directory holds only what we wrote: the staged folder takes its place in two renames.
  private void swap() throws IOException {
    if (!Files.exists(dir)) {
      Files.move(staging, dir, StandardCopyOption.ATOMIC_MOVE);
      return;
    }
    Path replaced = replacedOf(dir);
    DirectoryTree.delete(replaced);
    Files.move(dir, replaced, StandardCopyOption.ATOMIC_MOVE);
    Files.move(staging, dir, StandardCopyOption.ATOMIC_MOVE);
    DirectoryTree.delete(replaced);
  }

  private void moveOneByOne(List<String> ordered, Set<String> previous) throws IOException {
    Files.createDirectories(dir);
    for (String file : ordered) {
      Path target = dir.resolve(file);
      Files.createDirectories(target.getParent());
      Files.move(staging.resolve(file), target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
    Set<String> now = new LinkedHashSet<>(ordered);
    for (String old : previous) {
      if (!now.contains(old)) {
        Path gone = dir.resolve(old);
        Files.deleteIfExists(gone);
        removeEmptyParents(gone.getParent());
      }
    }
    Files.move(staging.resolve(ledgerName), dir.resolve(ledgerName), StandardCopyOption.REPLACE_EXISTING,
        StandardCopyOption.ATOMIC_MOVE);
  }

  private void removeEmptyParents(Path folder) throws IOException {
    Path current = folder;
    while (current != null && current.startsWith(dir) && !current.equals(dir)) {
      try (Stream<Path> entries = Files.list(current)) {
        if (entries.findAny().isPresent()) {
          return;
        }
      }
      Files.delete(current);
      current = current.getParent();
    }
  }

  // A swap killed between its two renames left the old directory under its temporary name.
  private static void recover(Path dir) throws IOException {
    Path replaced = replacedOf(dir);
    if (!Files.exists(replaced)) {
      return;
    }
    if (Files.exists(dir)) {
      DirectoryTree.delete(replaced);
    } else {
      Files.move(replaced, dir, StandardCopyOption.ATOMIC_MOVE);
    }
  }

  private static Path replacedOf(Path dir) {
    return dir.getParent().resolve("." + dir.getFileName() + ".replaced");
  }

  private static Set<String> ledger(Path ledger) throws IOException {
    if (!Files.isRegularFile(ledger)) {
      return Set.of();
    }
    Set<String> files = new LinkedHashSet<>();
    for (String line : Files.readAllLines(ledger, StandardCharsets.UTF_8)) {
      String file = line.strip();
      // A ledger names files inside the directory only.
      if (!file.isEmpty() && !file.startsWith("/") && !file.contains("..")) {
        files.add(file);
      }
    }
    return files;
  }

  private static Set<String> filesUnder(Path root) throws IOException {
    Set<String> files = new TreeSet<>();
    try (Stream<Path> walk = Files.walk(root)) {
      walk.filter(path -> !Files.isDirectory(path))
          .sorted(Comparator.naturalOrder())
          .forEach(path -> files.add(root.relativize(path).toString().replace('\\', '/')));
    }
    return files;
  }

  private static String describe(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied (" + e.getMessage() + ")";
    }
    if (e instanceof NoSuchFileException || e instanceof FileAlreadyExistsException) {
      return e.getClass().getSimpleName().replace("Exception", "") + ": " + e.getMessage();
    }
    return e.getMessage();
  }
}

package io.hfmine.analyzers.repos;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an exclusion list ({@code repos select --exclude FILE}): one repository a line, as
 * {@code OWNER/NAME} or a {@code https://github.com/OWNER/NAME} link (what people paste from a
 * browser); blank lines and {@code #} comments are ignored.
 */
public final class ExclusionList {
  private static final Pattern ENTRY = Pattern.compile(
      "^(?:https?://(?:www\\.)?github\\.com/)?([A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+?)(?:\\.git)?/?$");

  private ExclusionList() {
  }

  /** The names in {@code file}; a line that names no repository is an error naming file and line. */
  public static List<String> read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read exclusion list " + file + ": " + e.getMessage(), e);
    }
    List<String> names = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      int comment = line.indexOf('#');
      String entry = (comment >= 0 ? line.substring(0, comment) : line).strip();
      if (entry.isEmpty()) {
        continue;
      }
      Matcher matcher = ENTRY.matcher(entry);
      if (!matcher.matches()) {
        throw new IllegalArgumentException(file.getFileName() + " line " + (i + 1)
            + ": not a repository (OWNER/NAME or https://github.com/OWNER/NAME): \"" + entry + "\"");
      }
      names.add(matcher.group(1));
    }
    return List.copyOf(names);
  }
}

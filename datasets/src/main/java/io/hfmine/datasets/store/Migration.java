package io.hfmine.datasets.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One versioned schema change, read from {@code db/migration/V###.sql} on the classpath.
 *
 * <p>The first line of each file is a {@code --} comment that names the change. Areas add
 * their tables by adding the next file; a file, once released, is never edited.
 */
public record Migration(int version, String name, String sql) {
  /** Highest version probed for; raise it when the project gets that far. */
  static final int MAX_VERSION = 200;

  /** The migrations shipped with this build, in ascending order. */
  public static List<Migration> shipped() {
    List<Migration> migrations = new ArrayList<>();
    for (int version = 1; version <= MAX_VERSION; version++) {
      String resource = "db/migration/V%03d.sql".formatted(version);
      try (InputStream in = Migration.class.getClassLoader().getResourceAsStream(resource)) {
        if (in == null) {
          continue;
        }
        String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        String firstLine = sql.lines().findFirst().orElse("");
        String name = firstLine.startsWith("--") ? firstLine.substring(2).trim() : resource;
        migrations.add(new Migration(version, name, sql));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return migrations;
  }

  /** The statements of this migration, split on semicolons that end a line. */
  List<String> statements() {
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : sql.split("\n")) {
      String trimmed = line.strip();
      if (trimmed.startsWith("--") || trimmed.isEmpty()) {
        continue;
      }
      current.append(line).append('\n');
      if (trimmed.endsWith(";")) {
        statements.add(current.toString().strip());
        current.setLength(0);
      }
    }
    if (!current.toString().isBlank()) {
      statements.add(current.toString().strip());
    }
    return statements;
  }
}

package io.hfmine.datasets.store.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One shipped schema migration, {@code db/migration/V<NNN>.sql} on the classpath: three digits,
 * zero-padded, no description in the name. The first line is a {@code --} comment naming the change.
 *
 * <p>Flyway applies these files and records a checksum of each; a file, once released, is never
 * edited: a change is a new file with the next free number of the area's range.
 */
public record MigrationScript(int version, String name, String sql) {
  /** Classpath folder of the migrations (Flyway's location {@code classpath:db/migration}). */
  public static final String FOLDER = "db/migration";
  /** Highest version probed for by {@link #shipped()}: every three-digit number. */
  static final int MAX_VERSION = 999;

  /** The migrations shipped with this build, in ascending order. */
  public static List<MigrationScript> shipped() {
    List<MigrationScript> migrations = new ArrayList<>();
    ClassLoader loader = MigrationScript.class.getClassLoader();
    for (int version = 1; version <= MAX_VERSION; version++) {
      String resource = FOLDER + "/" + fileName(version);
      try (InputStream in = loader.getResourceAsStream(resource)) {
        if (in == null) {
          continue;
        }
        String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        String firstLine = sql.lines().findFirst().orElse("");
        String name = firstLine.startsWith("--") ? firstLine.substring(2).strip() : resource;
        migrations.add(new MigrationScript(version, name, sql));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return migrations;
  }

  /** The file name of a version: {@code V015.sql}. */
  public static String fileName(int version) {
    return "V%03d.sql".formatted(version);
  }
}

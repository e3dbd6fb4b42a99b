package io.hfmine.datasets.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.hfmine.datasets.hashing.Hashes;
import io.hfmine.datasets.store.Store;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** {@code manifest.json}: where the exported data came from, so a study can be cited and rebuilt. */
final class ExportManifest {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final Store store;

  ExportManifest(Store store) {
    this.store = store;
  }

  /** The manifest of {@code files}, checksummed as staged in {@code staging}. */
  String render(ExportSpec spec, List<ExportedFile> files, Path staging) throws IOException {
    Map<String, Object> manifest = new LinkedHashMap<>();
    manifest.put("tool", spec.toolVersion());
    manifest.put("exportedAt", Instant.now().toString());
    manifest.put("format", spec.format().extension());
    manifest.put("withContent", spec.withContent());
    manifest.put("schemaVersion", store.schemaVersion());
    manifest.put("configSha256", spec.configSha256());
    manifest.put("config", spec.configYaml());
    manifest.put("crawl", crawl());
    Map<String, Object> tables = new LinkedHashMap<>();
    for (ExportedFile file : files) {
      tables.put(file.fileName(), Map.of("rows", file.rows(), "sha256", Hashes.sha256(staging.resolve(file.fileName()))));
    }
    manifest.put("files", tables);
    if (spec.archive() != null) {
      manifest.put("archive", archive(spec.archive()));
    }
    return JSON.writeValueAsString(manifest) + "\n";
  }

  /** First and last fetch times, and how many units and attempts the crawl took. */
  private Map<String, Object> crawl() {
    return store.read(connection -> {
      Map<String, Object> crawl = new LinkedHashMap<>();
      try (Statement statement = connection.createStatement();
           ResultSet rows = statement.executeQuery("""
               SELECT min(updated_at), max(updated_at), count(*), coalesce(sum(attempts), 0),
                      count(*) FILTER (WHERE state = 'failed')
               FROM crawl_units""")) {
        rows.next();
        crawl.put("firstUnitAt", rows.getTimestamp(1) == null ? null : rows.getTimestamp(1).toInstant().toString());
        crawl.put("lastUnitAt", rows.getTimestamp(2) == null ? null : rows.getTimestamp(2).toInstant().toString());
        crawl.put("units", rows.getLong(3));
        crawl.put("attempts", rows.getLong(4));
        crawl.put("failedUnits", rows.getLong(5));
      }
      Map<String, Long> unitsByKind = new LinkedHashMap<>();
      try (Statement statement = connection.createStatement();
           ResultSet rows = statement.executeQuery(
               "SELECT kind, count(*) FROM crawl_units GROUP BY kind ORDER BY kind")) {
        while (rows.next()) {
          unitsByKind.put(rows.getString(1), rows.getLong(2));
        }
      }
      crawl.put("unitsByKind", unitsByKind);
      return crawl;
    });
  }

  /** The archive's request count and a checksum over its entries (path and content). */
  static Map<String, Object> archive(Path archive) throws IOException {
    MessageDigest digest = Hashes.sha256Digest();
    long entries = 0;
    try (Stream<Path> files = Files.walk(archive)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        String relative = archive.relativize(file).toString().replace('\\', '/');
        digest.update(relative.getBytes(StandardCharsets.UTF_8));
        digest.update(HexFormat.of().parseHex(Hashes.sha256(file)));
        if (relative.startsWith("entries/")) {
          entries++;
        }
      }
    }
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("path", archive.toString());
    result.put("requests", entries);
    result.put("sha256", HexFormat.of().formatHex(digest.digest()));
    return result;
  }

}

package io.hfmine.analyzers.pick.index;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What an index directory holds and what it was built from; an index whose fingerprint differs
 * from the store's is stale and rebuilt.
 *
 * @param fingerprint hash of the extracted attributes (per model) and the index settings
 */
public record IndexManifest(String format, String fingerprint, int models, String embedder, int dimensions,
    String builtAt) {
  public static final String FORMAT = "hfmine-pick-index/1";
  static final String FILE = "manifest.json";
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  void write(Path dir) throws IOException {
    Files.writeString(dir.resolve(FILE), JSON.writeValueAsString(this) + "\n");
  }

  /** The manifest of an index directory, if it has a readable one of this format. */
  public static Optional<IndexManifest> read(Path dir) {
    Path file = dir.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      IndexManifest manifest = JSON.readValue(file.toFile(), IndexManifest.class);
      return FORMAT.equals(manifest.format()) ? Optional.of(manifest) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}

package io.hfmine.bench;

import io.hfmine.analyzers.text.embedding.cache.EmbeddingCache;
import io.hfmine.datasets.files.AtomicFile;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * An embedding cache in a file, so that benchmark runs that compare classifier settings on a
 * throw-away store do not embed the same issues again. Only vectors are kept, never text; the
 * file is written whole or not at all by {@link #save()}. For the benchmarks only: the product
 * keeps its vectors in the store.
 */
final class FileEmbeddingCache implements EmbeddingCache {
  /** Between the embedder's name and the text's hash in a key; a file of the earlier layout has none. */
  private static final char SEPARATOR = '\u0000';

  private final Path file;
  private final Map<String, float[]> vectors = new HashMap<>();
  private boolean changed;

  FileEmbeddingCache(Path file) {
    this.file = file;
    if (!Files.exists(file)) {
      return;
    }
    int stale = 0;
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
      int count = in.readInt();
      for (int i = 0; i < count; i++) {
        String key = in.readUTF();
        float[] vector = new float[in.readInt()];
        for (int j = 0; j < vector.length; j++) {
          vector[j] = in.readFloat();
        }
        if (key.indexOf(SEPARATOR) < 0) {
          stale++;
        } else {
          vectors.put(key, vector);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the embedding cache " + file + ": " + e.getMessage(), e);
    }
    if (stale > 0) {
      // Keys of the earlier layout hashed name and text together and cannot be matched any more.
      System.err.printf("embedding cache %s: %,d vectors of an earlier layout dropped; they are embedded again%n",
          file, stale);
      changed = true;
    }
  }

  @Override
  public Map<String, float[]> get(Collection<String> textHashes, String embedder) {
    Map<String, float[]> found = new HashMap<>();
    for (String hash : textHashes) {
      float[] vector = vectors.get(key(embedder, hash));
      if (vector != null) {
        found.put(hash, vector);
      }
    }
    return found;
  }

  @Override
  public void put(Map<String, float[]> fresh, String embedder) {
    fresh.forEach((hash, vector) -> vectors.put(key(embedder, hash), vector));
    changed |= !fresh.isEmpty();
  }

  /** Writes the vectors back, whole or not at all. */
  void save() {
    if (!changed) {
      return;
    }
    try {
      AtomicFile.at(file).write(stream -> {
        DataOutputStream out = new DataOutputStream(stream);
        out.writeInt(vectors.size());
        for (Map.Entry<String, float[]> entry : vectors.entrySet()) {
          out.writeUTF(entry.getKey());
          out.writeInt(entry.getValue().length);
          for (float value : entry.getValue()) {
            out.writeFloat(value);
          }
        }
        out.flush();
      });
    } catch (IOException e) {
      String reason = e instanceof AtomicFile.WriteFailedException failed ? failed.reason() : e.getMessage();
      throw new UncheckedIOException("cannot write the embedding cache " + file + ": " + reason, e);
    }
    changed = false;
  }

  private static String key(String embedder, String textHash) {
    return embedder + SEPARATOR + textHash;
  }
}

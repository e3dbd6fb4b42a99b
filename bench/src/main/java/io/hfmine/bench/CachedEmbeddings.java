package io.hfmine.bench;

import io.hfmine.analyzers.text.embedding.SentenceEmbedder;
import io.hfmine.datasets.files.AtomicFile;
import io.hfmine.datasets.hashing.Hashes;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A sentence embedder that keeps the vectors it computed in a file (keyed by the SHA-256 of the
 * text and the model's name), so that benchmark runs that compare classifier settings do not embed
 * the same issues again. Only vectors are kept, never text. For the benchmarks only.
 */
final class CachedEmbeddings implements SentenceEmbedder {
  private final SentenceEmbedder embedder;
  private final Path file;
  private final Map<String, float[]> vectors = new HashMap<>();
  private boolean changed;

  CachedEmbeddings(SentenceEmbedder embedder, Path file) {
    this.embedder = embedder;
    this.file = file;
    if (Files.exists(file)) {
      try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(file)))) {
        int count = in.readInt();
        for (int i = 0; i < count; i++) {
          String key = in.readUTF();
          float[] vector = new float[in.readInt()];
          for (int j = 0; j < vector.length; j++) {
            vector[j] = in.readFloat();
          }
          vectors.put(key, vector);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the embedding cache " + file + ": " + e.getMessage(), e);
      }
    }
  }

  @Override
  public String name() {
    return embedder.name();
  }

  @Override
  public int dimensions() {
    return embedder.dimensions();
  }

  @Override
  public float[][] embed(List<String> texts) {
    float[][] result = new float[texts.size()][];
    List<Integer> missing = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      result[i] = vectors.get(key(texts.get(i)));
      if (result[i] == null) {
        missing.add(i);
      }
    }
    if (!missing.isEmpty()) {
      float[][] computed = embedder.embed(missing.stream().map(texts::get).toList());
      for (int m = 0; m < missing.size(); m++) {
        result[missing.get(m)] = computed[m];
        vectors.put(key(texts.get(missing.get(m))), computed[m]);
      }
      changed = true;
    }
    return result;
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

  private String key(String text) {
    return Hashes.sha256(embedder.name() + "\u0000" + text);
  }
}

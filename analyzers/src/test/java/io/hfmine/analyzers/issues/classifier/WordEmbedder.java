package io.hfmine.analyzers.issues.classifier;

import io.hfmine.analyzers.text.embedding.SentenceEmbedder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A bag-of-words embedder over a few words, for tests: enough to tell which text was embedded, and
 * cosines that mean something. Its name is given, so a test can stand it in for a named encoder.
 */
final class WordEmbedder implements SentenceEmbedder {
  static final List<String> WORDS = List.of("memory", "download", "link", "quality", "output", "traceback", "gpu");
  final List<String> seen = new ArrayList<>();
  private final String name;

  WordEmbedder(String name) {
    this.name = name;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public int dimensions() {
    return WORDS.size();
  }

  @Override
  public float[][] embed(List<String> texts) {
    seen.addAll(texts);
    float[][] vectors = new float[texts.size()][];
    for (int i = 0; i < texts.size(); i++) {
      float[] v = new float[WORDS.size()];
      for (String token : texts.get(i).toLowerCase(Locale.ROOT).split("\\W+")) {
        int at = WORDS.indexOf(token);
        if (at >= 0) {
          v[at]++;
        }
      }
      vectors[i] = SentenceEmbedder.normalize(v);
    }
    return vectors;
  }
}

package io.hfmine.finetune.training;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import io.hfmine.finetune.encoder.MiniLmEncoder;
import io.hfmine.finetune.encoder.TokenBatch;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A fine-tuned encoder with its two output layers: one logistic unit for PTM relevance and a
 * softmax over the themes, both reading the mean hidden state. Holds native memory until closed.
 */
public final class FineTunedClassifier implements AutoCloseable {
  private final NDManager manager;
  private final MiniLmEncoder encoder;
  private final HuggingFaceTokenizer tokenizer;
  private final OutputLayers heads;
  private final FeatureScaling scaling;
  private final double threshold;
  private final int batchSize;

  FineTunedClassifier(NDManager manager, MiniLmEncoder encoder, HuggingFaceTokenizer tokenizer, OutputLayers heads,
      FeatureScaling scaling, double threshold, int batchSize) {
    this.manager = manager;
    this.encoder = encoder;
    this.tokenizer = tokenizer;
    this.heads = heads;
    this.scaling = scaling;
    this.threshold = threshold;
    this.batchSize = batchSize;
  }

  /** The PTM probability from which a text is called PTM-related. */
  public double threshold() {
    return threshold;
  }

  /**
   * The same model, calling texts PTM-related from another probability. It shares this one's
   * native memory: use and close only the one returned.
   */
  FineTunedClassifier withThreshold(double cut) {
    return new FineTunedClassifier(manager, encoder, tokenizer, heads, scaling, cut, batchSize);
  }

  /** How many features beside the text the model reads (0: the text alone). */
  public int features() {
    return scaling.width();
  }

  /** One prediction per text, in order, for a model that reads the text alone. */
  public List<TextPrediction> predict(List<String> texts) {
    return predict(texts, texts.stream().map(text -> new double[0]).toList());
  }

  /** One prediction per text, in order; {@code features} holds each text's features, as in training. */
  public List<TextPrediction> predict(List<String> texts, List<double[]> features) {
    if (features.size() != texts.size()) {
      throw new IllegalArgumentException(texts.size() + " texts but " + features.size() + " rows of features");
    }
    List<long[]> ids = texts.stream().map(text -> tokenizer.encode(text).getIds()).toList();
    TextPrediction[] predictions = new TextPrediction[ids.size()];
    // Texts of like length together: less padding to run through the encoder.
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingInt(i -> ids.get(i).length));
    int themes = heads.themes();
    for (int from = 0; from < order.size(); from += batchSize) {
      List<Integer> slice = order.subList(from, Math.min(order.size(), from + batchSize));
      try (NDManager step = manager.newSubManager()) {
        TokenBatch batch = TokenBatch.of(step, slice.stream().map(ids::get).toList());
        NDArray pooled = OutputLayers.inputs(encoder.pooled(batch), scaling, slice.stream().map(features::get).toList());
        float[] logits = heads.ptmLogits(pooled).toFloatArray();
        float[] themeProbabilities = heads.themeLogits(pooled).softmax(-1).toFloatArray();
        for (int j = 0; j < slice.size(); j++) {
          double probability = 1.0 / (1.0 + Math.exp(-logits[j]));
          double[] theme = new double[themes];
          for (int k = 0; k < themes; k++) {
            theme[k] = themeProbabilities[j * themes + k];
          }
          predictions[slice.get(j)] = new TextPrediction(probability, probability >= threshold, theme);
        }
      }
    }
    return List.of(predictions);
  }

  @Override
  public void close() {
    tokenizer.close();
    manager.close();
  }
}

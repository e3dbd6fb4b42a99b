package io.hfmine.finetune.training;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * How the encoder is fine-tuned. The defaults are the ones the README's figures were printed with.
 *
 * @param epochs passes over the training issues (default 4)
 * @param batchSize issues per optimiser step (default 16)
 * @param maxTokens word pieces each issue is cut at, [CLS] and [SEP] included (default 256: the
 *     title and the opening of the body; the model's position table allows 512)
 * @param encoderLearningRate Adam's peak step for the encoder's weights (default 4e-5, the usual
 *     range for fine-tuning a BERT-sized model)
 * @param headLearningRate Adam's peak step for the two output layers, which start from nothing (default 1e-3)
 * @param weightDecay L2 penalty on the encoder's weights (default 0.01)
 * @param warmupShare share of the steps over which the step size rises from 0 to its peak before it
 *     falls linearly to 0 at the last step (default 0.1)
 * @param thresholdShare share of the training repositories (chosen by a hash of the name) kept out
 *     of training to choose the PTM threshold by F1 (default 0.15; 0 trains on all of them and uses 0.5)
 * @param seed order of the issues in each epoch and the output layers' first weights (default 7)
 */
public record FineTuneSettings(int epochs, int batchSize, int maxTokens, double encoderLearningRate,
    double headLearningRate, double weightDecay, double warmupShare, double thresholdShare, long seed) {
  private static final ObjectMapper JSON = new ObjectMapper()
      .setPropertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE);
  /** The longest input the encoder's position table allows. */
  public static final int MODEL_MAX_TOKENS = 512;

  public FineTuneSettings {
    positive("epochs", epochs);
    positive("batch-size", batchSize);
    if (maxTokens < 8 || maxTokens > MODEL_MAX_TOKENS) {
      throw new IllegalArgumentException("fine-tune max-tokens must be from 8 to " + MODEL_MAX_TOKENS + ", got " + maxTokens);
    }
    positive("encoder-learning-rate", encoderLearningRate);
    positive("head-learning-rate", headLearningRate);
    share("weight-decay", weightDecay);
    share("warmup-share", warmupShare);
    if (thresholdShare < 0 || thresholdShare >= 1) {
      throw new IllegalArgumentException("fine-tune threshold-share must be at least 0 and below 1, got " + thresholdShare);
    }
  }

  public static FineTuneSettings defaults() {
    return new FineTuneSettings(4, 16, 256, 4e-5, 1e-3, 0.01, 0.1, 0.15, 7);
  }

  /**
   * These settings with some changed, from {@code key=value,...}: the keys are the record's
   * components in kebab case (epochs, batch-size, max-tokens, encoder-learning-rate,
   * head-learning-rate, weight-decay, warmup-share, threshold-share, seed), bound by Jackson as the
   * issue-labelling benchmark's classifier variants are. An unknown key, or a value that is not a
   * number of the setting's kind, is refused, naming it.
   */
  public FineTuneSettings with(String changes) {
    ObjectNode node = JSON.valueToTree(this);
    for (String pair : changes.split(",")) {
      if (pair.isBlank()) {
        continue;
      }
      int equals = pair.indexOf('=');
      if (equals <= 0) {
        throw new IllegalArgumentException("fine-tune setting '" + pair.strip() + "' is not key=value");
      }
      String key = pair.substring(0, equals).strip();
      String value = pair.substring(equals + 1).strip();
      if (!node.has(key)) {
        List<String> known = new ArrayList<>();
        node.fieldNames().forEachRemaining(known::add);
        throw new IllegalArgumentException("unknown fine-tune setting '" + key + "' (" + String.join(", ", known) + ")");
      }
      try {
        if (node.get(key).isIntegralNumber()) {
          node.put(key, Long.parseLong(value));
        } else {
          node.put(key, Double.parseDouble(value));
        }
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("fine-tune setting " + key + " is not a number: '" + value + "'");
      }
    }
    try {
      return JSON.treeToValue(node, FineTuneSettings.class);
    } catch (JsonProcessingException e) {
      // The record's own checks refuse a value out of range; Jackson wraps their message.
      throw e.getCause() instanceof IllegalArgumentException refused ? refused : new IllegalArgumentException(e.getMessage(), e);
    }
  }

  private static void positive(String name, double value) {
    if (!(value > 0)) {
      throw new IllegalArgumentException("fine-tune " + name + " must be positive, got " + value);
    }
  }

  private static void share(String name, double value) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException("fine-tune " + name + " must be from 0 to 1, got " + value);
    }
  }
}

package io.hfmine.finetune.training;

import ai.djl.engine.Engine;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.ParameterTracker;
import io.hfmine.analyzers.issues.classifier.ThresholdChoice;
import io.hfmine.analyzers.text.embedding.OnnxEmbedder;
import io.hfmine.datasets.hashing.Hashes;
import io.hfmine.finetune.encoder.MiniLmEncoder;
import io.hfmine.finetune.encoder.TokenBatch;
import io.hfmine.finetune.onnx.OnnxInitializers;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Fine-tunes all-MiniLM-L6-v2 (the float build the issue classifier embeds with) end to end on
 * labelled issues, in-process on the CPU: every encoder layer and two output layers (PTM relevance,
 * primary theme) learn together from one loss, the relevance's log loss on every issue plus the
 * theme's on the PTM-related ones.
 *
 * <p>The classifier reads frozen sentence embeddings beside words and cues; this asks whether the
 * encoder itself, taught the task, reads issues better. Batches hold issues of like length (fewer
 * padding positions to compute), in an order shuffled each epoch by the seed.
 *
 * <p>The PTM threshold is chosen by F1 on the issues of a share of the training repositories kept
 * out of training ({@link FineTuneSettings#thresholdShare()}), as the classifier chooses its own by
 * cross-validation; a threshold chosen on the issues a model learnt from would sit too high.
 */
public final class IssueFineTuner {
  /** all-MiniLM-L6-v2's attention heads (not stored among the weights). */
  static final int HEADS = 12;
  private static final OnnxEmbedder.Build BUILD = OnnxEmbedder.Build.FLOAT;
  /** Batches sorted by length within runs of this many batches: little padding, still a shuffled order. */
  private static final int BUCKET_BATCHES = 8;
  private static final int PROGRESS_EVERY = 20;

  private final FineTuneSettings settings;

  public IssueFineTuner(FineTuneSettings settings) {
    this.settings = settings;
  }

  /** The encoder this fine-tunes, as recorded beside figures. */
  public static String encoderName() {
    return BUILD.displayName();
  }

  /**
   * Trains on {@code issues}; {@code themes} is the length of the theme list their indices point
   * into. {@code progress} hears a line per epoch and every few batches.
   */
  public FineTunedClassifier train(List<LabelledText> issues, int themes, Consumer<String> progress) throws IOException {
    int width = featureWidth(issues, themes);
    List<LabelledText> training = new ArrayList<>();
    List<LabelledText> thresholdSet = new ArrayList<>();
    for (LabelledText issue : issues) {
      (keptForThreshold(issue.repository()) ? thresholdSet : training).add(issue);
    }
    if (training.isEmpty()) {
      throw new IllegalArgumentException("no issue left to train on (" + issues.size() + " given, "
          + thresholdSet.size() + " kept out to choose the threshold)");
    }
    OnnxInitializers weights;
    try (InputStream model = BUILD.modelFile()) {
      weights = OnnxInitializers.read(model, BUILD.displayName());
    }
    HuggingFaceTokenizer tokenizer = BUILD.tokenizer(settings.maxTokens());
    NDManager manager = NDManager.newBaseManager();
    try {
      Engine.getInstance().setRandomSeed((int) settings.seed());
      MiniLmEncoder encoder = MiniLmEncoder.of(manager, weights, HEADS);
      FeatureScaling scaling = FeatureScaling.of(training.stream().map(LabelledText::features).toList(), width);
      OutputLayers heads = new OutputLayers(manager, encoder.dimensions() + width, themes);
      List<long[]> ids = new ArrayList<>(training.size());
      for (LabelledText issue : training) {
        ids.add(tokenizer.encode(issue.text()).getIds());
      }
      progress.accept(String.format("fine-tuning %s on %,d issues (%,d kept out for the threshold): %s",
          BUILD.displayName(), training.size(), thresholdSet.size(), settings));
      fit(manager, encoder, heads, scaling, training, ids, themes, progress);
      FineTunedClassifier classifier = new FineTunedClassifier(manager, encoder, tokenizer, heads, scaling, 0.5,
          settings.batchSize());
      return thresholdSet.stream().anyMatch(LabelledText::ptm) ? withChosenThreshold(classifier, thresholdSet, progress)
          : classifier;
    } catch (RuntimeException | Error e) {
      tokenizer.close();
      manager.close();
      throw e;
    }
  }

  /** The number of features every issue has beside its text; refuses theme indices outside the list and unlike widths. */
  private static int featureWidth(List<LabelledText> issues, int themes) {
    int width = issues.isEmpty() ? 0 : issues.get(0).features().length;
    for (LabelledText issue : issues) {
      for (int theme : issue.themes()) {
        if (theme < 0 || theme >= themes) {
          throw new IllegalArgumentException("issue " + issue.id() + " has theme index " + theme + " outside 0.." + (themes - 1));
        }
      }
      if (issue.features().length != width) {
        throw new IllegalArgumentException("issue " + issue.id() + " has " + issue.features().length
            + " features where the first issue has " + width);
      }
    }
    return width;
  }

  /** The classifier with the probability that gives the best F1 on the issues kept out as its threshold. */
  private static FineTunedClassifier withChosenThreshold(FineTunedClassifier classifier, List<LabelledText> kept,
      Consumer<String> progress) {
    List<TextPrediction> predictions = classifier.predict(kept.stream().map(LabelledText::text).toList(),
        kept.stream().map(LabelledText::features).toList());
    double[] probabilities = predictions.stream().mapToDouble(TextPrediction::ptmProbability).toArray();
    boolean[] positive = new boolean[kept.size()];
    for (int i = 0; i < positive.length; i++) {
      positive[i] = kept.get(i).ptm();
    }
    double threshold = ThresholdChoice.bestF1(probabilities, positive, 0.5);
    progress.accept(String.format("PTM threshold %.2f (best F1 on the %,d issues kept out)", threshold, kept.size()));
    return classifier.withThreshold(threshold);
  }

  /**
   * Whether the repository's issues choose the threshold rather than train: by the SHA-256 of its
   * name, which spreads alike names ({@code lab/tool1}, {@code lab/tool2}) as widely as any others
   * (String's own hash would put them side by side).
   */
  boolean keptForThreshold(String repository) {
    long bucket = Long.parseLong(Hashes.sha256(repository).substring(0, 8), 16) % 1000;
    return bucket < Math.round(settings.thresholdShare() * 1000);
  }

  private void fit(NDManager manager, MiniLmEncoder encoder, OutputLayers heads, FeatureScaling scaling,
      List<LabelledText> training, List<long[]> ids, int themes, Consumer<String> progress) {
    Map<String, NDArray> encoderWeights = encoder.trainable();
    Map<String, NDArray> headWeights = heads.weights();
    encoderWeights.values().forEach(w -> w.setRequiresGradient(true));
    headWeights.values().forEach(w -> w.setRequiresGradient(true));
    int batchesPerEpoch = (training.size() + settings.batchSize() - 1) / settings.batchSize();
    StepSchedule schedule = new StepSchedule(settings.epochs() * batchesPerEpoch, settings.warmupShare());
    int[] step = {0};
    Optimizer encoderOptimizer = Optimizer.adam()
        .optLearningRateTracker(scaled(settings.encoderLearningRate(), schedule, step))
        .optWeightDecays((float) settings.weightDecay()).build();
    Optimizer headOptimizer = Optimizer.adam()
        .optLearningRateTracker(scaled(settings.headLearningRate(), schedule, step)).build();
    Random random = new Random(settings.seed());
    for (int epoch = 1; epoch <= settings.epochs(); epoch++) {
      long start = System.nanoTime();
      double lossSum = 0;
      List<List<Integer>> batches = batches(ids, random);
      for (int b = 0; b < batches.size(); b++) {
        List<Integer> batch = batches.get(b);
        try (NDManager scope = manager.newSubManager()) {
          TokenBatch tokens = TokenBatch.of(scope, batch.stream().map(ids::get).toList());
          float[] relevant = new float[batch.size()];
          float[] theme = new float[batch.size() * themes];
          for (int i = 0; i < batch.size(); i++) {
            LabelledText issue = training.get(batch.get(i));
            relevant[i] = issue.ptm() ? 1f : 0f;
            if (issue.ptm() && issue.primaryTheme() >= 0) {
              theme[i * themes + issue.primaryTheme()] = 1f;
            }
          }
          NDArray target = scope.create(relevant);
          NDArray themeTarget = scope.create(theme, new Shape(batch.size(), themes));
          float loss;
          try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
            NDArray pooled = OutputLayers.inputs(encoder.pooled(tokens), scaling,
                batch.stream().map(i -> training.get(i).features()).toList());
            NDArray total = relevanceLoss(heads.ptmLogits(pooled), target)
                .add(themeLoss(heads.themeLogits(pooled), themeTarget));
            collector.backward(total);
            loss = total.getFloat();
          }
          if (!Float.isFinite(loss)) {
            throw new IllegalStateException(String.format("fine-tuning diverged at epoch %d, batch %d (loss %s); "
                + "try a smaller encoder-learning-rate", epoch, b + 1, loss));
          }
          lossSum += loss;
          update(encoderOptimizer, encoderWeights);
          update(headOptimizer, headWeights);
          step[0]++;
        }
        if ((b + 1) % PROGRESS_EVERY == 0) {
          progress.accept(String.format("  epoch %d/%d: batch %d/%d, mean loss %.4f, %.0f s", epoch, settings.epochs(),
              b + 1, batches.size(), lossSum / (b + 1), (System.nanoTime() - start) / 1e9));
        }
      }
      progress.accept(String.format("epoch %d/%d: mean loss %.4f, %.0f s", epoch, settings.epochs(),
          lossSum / batches.size(), (System.nanoTime() - start) / 1e9));
    }
    encoderWeights.values().forEach(w -> w.setRequiresGradient(false));
    headWeights.values().forEach(w -> w.setRequiresGradient(false));
  }

  /** Mean log loss of the relevance logits, written so that no large logit overflows. */
  static NDArray relevanceLoss(NDArray logits, NDArray target) {
    NDArray softplus = logits.maximum(0f).add(logits.abs().neg().exp().add(1f).log());
    return softplus.sub(logits.mul(target)).mean();
  }

  /** Mean log loss of the theme logits over the rows that have a theme (one-hot targets; others all zero). */
  static NDArray themeLoss(NDArray logits, NDArray oneHot) {
    float rows = oneHot.sum().getFloat();
    return logits.logSoftmax(-1).mul(oneHot).sum().neg().div(Math.max(1f, rows));
  }

  private static void update(Optimizer optimizer, Map<String, NDArray> weights) {
    for (Map.Entry<String, NDArray> entry : weights.entrySet()) {
      // The optimiser clears the weight's gradient after the step; the handle is ours to free.
      try (NDArray gradient = entry.getValue().getGradient()) {
        optimizer.update(entry.getKey(), entry.getValue(), gradient);
      }
    }
  }

  private List<List<Integer>> batches(List<long[]> ids, Random random) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      order.add(i);
    }
    Collections.shuffle(order, random);
    int bucket = settings.batchSize() * BUCKET_BATCHES;
    List<List<Integer>> batches = new ArrayList<>();
    for (int from = 0; from < order.size(); from += bucket) {
      List<Integer> run = new ArrayList<>(order.subList(from, Math.min(order.size(), from + bucket)));
      run.sort(Comparator.comparingInt(i -> ids.get(i).length));
      for (int at = 0; at < run.size(); at += settings.batchSize()) {
        batches.add(List.copyOf(run.subList(at, Math.min(run.size(), at + settings.batchSize()))));
      }
    }
    Collections.shuffle(batches, random);
    return batches;
  }

  private static ParameterTracker scaled(double peak, StepSchedule schedule, int[] step) {
    return (parameterId, updates) -> (float) (peak * schedule.factor(step[0]));
  }
}

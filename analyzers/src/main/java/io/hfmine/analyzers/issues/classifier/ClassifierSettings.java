package io.hfmine.analyzers.issues.classifier;

import io.hfmine.analyzers.text.embedding.OnnxEmbedder;

/**
 * Settings of the issue classifier (the {@code issues.classifier} section).
 *
 * @param maxFeatures TF-IDF vocabulary cap (the most frequent terms)
 * @param minDocumentFrequency a term must occur in this many training issues to be a feature
 * @param lambda L2 regularisation of the logistic regressions
 * @param maxIterations optimiser iterations per regression
 * @param ptmThreshold an issue is PTM-related from this probability on, unless chosen by cross-validation
 * @param ptmThresholdFolds when 2 or more, the threshold is chosen at training time: the relevance
 *     regression is cross-validated on the training issues in this many folds grouped by repository,
 *     and the probability that gives the best F1 on those out-of-fold predictions is the model's
 *     threshold (0: {@code ptmThreshold} as given)
 * @param secondaryThemeThreshold a theme besides the primary one is given from this probability on
 * @param minPositives a theme or sub-theme needs this many primary training examples to be a class
 * @param embeddings whether sentence embeddings (of {@code encoder}) are features beside TF-IDF
 * @param embeddingChars characters of an issue's title and prose that are embedded
 * @param relevanceInputs the feature blocks the PTM-relevance regression reads: words (TF-IDF), embedding,
 *     evidence (PTM evidence by kind, the rules' relevance score, the project's context), cues (sub-theme and type cues),
 *     prototypes (cosines to the taxonomy's definitions), regions (PTM evidence pooled by where it fired: title,
 *     prose, pasted output, replies)
 * @param themeInputs the feature blocks the theme, sub-theme and type regressions read
 * @param embeddingWeight the standardised embedding values are multiplied by this before the
 *     regressions are fitted (and the learnt weights by it after): below 1 the hundreds of
 *     embedding dimensions are penalised more than the few knowledge features; null means 1
 * @param prototypeBlend the share of the theme probabilities that comes from the nearest-prototype
 *     vote ({@link PrototypeVote}: the issue's embeddings against the taxonomy's definitions) rather
 *     than from the theme regression; 0 (or null) for the regression alone
 * @param encoder the sentence encoder whose embeddings the classifier reads, an {@link OnnxEmbedder.Build#id()}
 *     ({@code bge-small-en-v15-q}, {@code all-minilm-l6-v2}, {@code all-minilm-l6-v2-q}); null means
 *     {@code all-minilm-l6-v2}, the one every model was trained with before this setting existed. A
 *     trained model records the encoder's name and refuses to run with another.
 * @param subThemeBlend the share of the theme probabilities that comes from the sub-theme regression
 *     ({@link SubThemeVote}: each theme's sub-themes' probabilities summed) rather than from the theme
 *     regression and the prototype vote; 0 (or null) for none
 * @param exampleBlend the share of the theme probabilities that comes from the training issues'
 *     centroids ({@link ExampleVote}) rather than from the votes before it; 0 (or null) for none
 * @param exampleTemperature the softmax temperature of that vote; null means {@link ExampleVote#TEMPERATURE}
 * @param typeInputs the feature blocks the type regression reads; null means {@code themeInputs} (as
 *     in every model before this setting)
 */
public record ClassifierSettings(int maxFeatures, int minDocumentFrequency, double lambda, int maxIterations,
    double ptmThreshold, int ptmThresholdFolds, double secondaryThemeThreshold, int minPositives, boolean embeddings, int embeddingChars,
    java.util.List<String> relevanceInputs, java.util.List<String> themeInputs, Double embeddingWeight,
    Double prototypeBlend, String encoder, Double subThemeBlend, Double exampleBlend, Double exampleTemperature,
    java.util.List<String> typeInputs) {
  /** The encoder of settings (and model files) older than the {@code encoder} setting. */
  public static final String FORMER_ENCODER = OnnxEmbedder.Build.FLOAT.id();

  /** The feature blocks a regression may read. */
  public static final java.util.List<String> BLOCKS = java.util.List.of("words", "embedding", "evidence", "cues",
      "prototypes", "regions");

  public ClassifierSettings {
    relevanceInputs = relevanceInputs == null ? BLOCKS : java.util.List.copyOf(relevanceInputs);
    themeInputs = themeInputs == null ? BLOCKS : java.util.List.copyOf(themeInputs);
    typeInputs = typeInputs == null ? themeInputs : java.util.List.copyOf(typeInputs);
    embeddingWeight = embeddingWeight == null ? 1.0 : embeddingWeight;
    if (embeddingWeight <= 0) {
      throw new IllegalArgumentException("issues.classifier.embedding-weight must be positive (leave the embedding out of "
          + "relevance-inputs or theme-inputs instead), got " + embeddingWeight);
    }
    prototypeBlend = prototypeBlend == null ? 0.0 : prototypeBlend;
    subThemeBlend = subThemeBlend == null ? 0.0 : subThemeBlend;
    exampleBlend = exampleBlend == null ? 0.0 : exampleBlend;
    if (exampleBlend < 0 || exampleBlend > 1) {
      throw new IllegalArgumentException("issues.classifier.example-blend must be from 0 to 1, got " + exampleBlend);
    }
    exampleTemperature = exampleTemperature == null ? ExampleVote.TEMPERATURE : exampleTemperature;
    if (exampleTemperature <= 0) {
      throw new IllegalArgumentException("issues.classifier.example-temperature must be positive, got " + exampleTemperature);
    }
    if (subThemeBlend < 0 || subThemeBlend > 1) {
      throw new IllegalArgumentException("issues.classifier.sub-theme-blend must be from 0 to 1, got " + subThemeBlend);
    }
    encoder = encoder == null ? FORMER_ENCODER : encoder;
    try {
      OnnxEmbedder.Build.of(encoder);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("issues.classifier.encoder: " + e.getMessage(), e);
    }
    if (prototypeBlend < 0 || prototypeBlend > 1) {
      throw new IllegalArgumentException("issues.classifier.prototype-blend must be from 0 to 1, got " + prototypeBlend);
    }
    if (ptmThresholdFolds == 1 || ptmThresholdFolds < 0) {
      throw new IllegalArgumentException("issues.classifier.ptm-threshold-folds: 0 (the threshold as given) or 2 and more, got "
          + ptmThresholdFolds);
    }
    for (String block : relevanceInputs) {
      if (!BLOCKS.contains(block)) {
        throw new IllegalArgumentException("issues.classifier.relevance-inputs: unknown block '" + block + "' (" + BLOCKS + ")");
      }
    }
    for (String block : themeInputs) {
      if (!BLOCKS.contains(block)) {
        throw new IllegalArgumentException("issues.classifier.theme-inputs: unknown block '" + block + "' (" + BLOCKS + ")");
      }
    }
    for (String block : typeInputs) {
      if (!BLOCKS.contains(block)) {
        throw new IllegalArgumentException("issues.classifier.type-inputs: unknown block '" + block + "' (" + BLOCKS + ")");
      }
    }
  }

  public static ClassifierSettings defaults() {
    return new ClassifierSettings(3000, 2, 5, 500, 0.35, 5, 0.35, 3, true, 1200, java.util.List.of("words", "evidence", "regions"),
        java.util.List.of("words", "evidence", "cues", "prototypes"), 1.0, 0.3, FORMER_ENCODER, 0.3, 0.0, 0.03,
        java.util.List.of("words", "evidence", "cues", "prototypes"));
  }

  /** The same settings without embeddings (fast, for tests and for machines without ONNX Runtime). */
  public ClassifierSettings withoutEmbeddings() {
    return toBuilder().embeddings(false).build();
  }

  /** The same settings with another encoder. */
  public ClassifierSettings withEncoder(OnnxEmbedder.Build build) {
    return toBuilder().encoder(build.id()).build();
  }

  /** A builder holding these settings, to change a few of them by name. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * Settings changed by name rather than by position among 19 components; {@link #build()}
   * validates them as the configuration is validated.
   */
  public static final class Builder {
    private int maxFeatures;
    private int minDocumentFrequency;
    private double lambda;
    private int maxIterations;
    private double ptmThreshold;
    private int ptmThresholdFolds;
    private double secondaryThemeThreshold;
    private int minPositives;
    private boolean embeddings;
    private int embeddingChars;
    private java.util.List<String> relevanceInputs;
    private java.util.List<String> themeInputs;
    private Double embeddingWeight;
    private Double prototypeBlend;
    private String encoder;
    private Double subThemeBlend;
    private Double exampleBlend;
    private Double exampleTemperature;
    private java.util.List<String> typeInputs;

    private Builder(ClassifierSettings from) {
      maxFeatures = from.maxFeatures;
      minDocumentFrequency = from.minDocumentFrequency;
      lambda = from.lambda;
      maxIterations = from.maxIterations;
      ptmThreshold = from.ptmThreshold;
      ptmThresholdFolds = from.ptmThresholdFolds;
      secondaryThemeThreshold = from.secondaryThemeThreshold;
      minPositives = from.minPositives;
      embeddings = from.embeddings;
      embeddingChars = from.embeddingChars;
      relevanceInputs = from.relevanceInputs;
      themeInputs = from.themeInputs;
      embeddingWeight = from.embeddingWeight;
      prototypeBlend = from.prototypeBlend;
      encoder = from.encoder;
      subThemeBlend = from.subThemeBlend;
      exampleBlend = from.exampleBlend;
      exampleTemperature = from.exampleTemperature;
      typeInputs = from.typeInputs;
    }

    public Builder lambda(double value) {
      lambda = value;
      return this;
    }

    public Builder ptmThreshold(double value) {
      ptmThreshold = value;
      return this;
    }

    public Builder ptmThresholdFolds(int value) {
      ptmThresholdFolds = value;
      return this;
    }

    public Builder embeddings(boolean value) {
      embeddings = value;
      return this;
    }

    public Builder embeddingChars(int value) {
      embeddingChars = value;
      return this;
    }

    public Builder relevanceInputs(java.util.List<String> value) {
      relevanceInputs = value;
      return this;
    }

    public Builder themeInputs(java.util.List<String> value) {
      themeInputs = value;
      return this;
    }

    public Builder typeInputs(java.util.List<String> value) {
      typeInputs = value;
      return this;
    }

    public Builder encoder(String value) {
      encoder = value;
      return this;
    }

    public Builder subThemeBlend(Double value) {
      subThemeBlend = value;
      return this;
    }

    public Builder exampleBlend(Double value) {
      exampleBlend = value;
      return this;
    }

    public Builder exampleTemperature(Double value) {
      exampleTemperature = value;
      return this;
    }

    public ClassifierSettings build() {
      return new ClassifierSettings(maxFeatures, minDocumentFrequency, lambda, maxIterations, ptmThreshold,
          ptmThresholdFolds, secondaryThemeThreshold, minPositives, embeddings, embeddingChars, relevanceInputs, themeInputs,
          embeddingWeight, prototypeBlend, encoder, subThemeBlend, exampleBlend, exampleTemperature, typeInputs);
    }
  }

  /** The encoder's build. */
  public OnnxEmbedder.Build encoderBuild() {
    return OnnxEmbedder.Build.of(encoder);
  }
}

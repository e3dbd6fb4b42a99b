package io.hfmine.analyzers.patterns;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.hfmine.datasets.config.ConfigException;
import io.hfmine.datasets.config.ValidatedSettings;

/**
 * The {@code patterns} section of the configuration (defaults and their reasons in hfmine.yaml).
 */
public record PatternSettings(
    GroupBy groupBy,
    int minGroupSize,
    Algorithm algorithm,
    long seed,
    Features features,
    KMeans kmeans,
    Silhouette silhouette,
    Hierarchical hierarchical,
    Dbscan dbscan,
    Representatives representatives,
    Summary summary) implements ValidatedSettings {

  @Override
  public void validate() {
    validated();
  }

  /** How usages are grouped before clustering. */
  public enum GroupBy {
    @JsonProperty("model") MODEL,
    @JsonProperty("library") LIBRARY,
    @JsonProperty("api") API;

    /** The name stored in the tables and shown to users. */
    public String key() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** The clustering algorithm. */
  public enum Algorithm {
    @JsonProperty("kmeans") KMEANS,
    @JsonProperty("hierarchical") HIERARCHICAL,
    @JsonProperty("dbscan") DBSCAN;

    public String key() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** TF-IDF vocabulary limits. */
  public record Features(int maxFeatures, int minDocumentFrequency) { }

  /** k-means with k chosen by silhouette. */
  public record KMeans(int kMin, int kMax, int maxIterations, int runs, int selectionSample, int maxDimensions) { }

  /** Silhouette sampling. */
  public record Silhouette(int sampleLimit) { }

  /** Average-linkage clustering cut at a cosine distance. */
  public record Hierarchical(int maxSize, double cutDistance) { }

  /** DBSCAN under cosine distance. */
  public record Dbscan(int minPoints, double radius, int maxSize) { }

  /** How many neighbours are kept per pattern and when the medoid is exact. */
  public record Representatives(int nearest, int exactMedoidLimit) { }

  /** Optional LLM summary of each pattern. */
  public record Summary(boolean enabled, String systemPrompt, String userPrompt, int maxTokens, int maxChars) { }

  /** Checks ranges; the message names the key. */
  public PatternSettings validated() {
    require(groupBy != null, "patterns.group-by must be model, library or api");
    require(algorithm != null, "patterns.algorithm must be kmeans, hierarchical or dbscan");
    require(minGroupSize >= 2, "patterns.min-group-size must be at least 2, was " + minGroupSize);
    require(features.maxFeatures() >= 1, "patterns.features.max-features must be at least 1");
    require(features.minDocumentFrequency() >= 1, "patterns.features.min-document-frequency must be at least 1");
    require(kmeans.kMin() >= 2, "patterns.kmeans.k-min must be at least 2, was " + kmeans.kMin());
    require(kmeans.kMax() >= kmeans.kMin(), "patterns.kmeans.k-max must be at least k-min (" + kmeans.kMin() + ")");
    require(kmeans.maxIterations() >= 1, "patterns.kmeans.max-iterations must be at least 1");
    require(kmeans.runs() >= 1, "patterns.kmeans.runs must be at least 1");
    require(kmeans.selectionSample() >= kmeans.kMax(), "patterns.kmeans.selection-sample must be at least k-max");
    require(kmeans.maxDimensions() >= 2, "patterns.kmeans.max-dimensions must be at least 2");
    require(silhouette.sampleLimit() >= 2, "patterns.silhouette.sample-limit must be at least 2");
    require(hierarchical.maxSize() >= 2 && hierarchical.maxSize() <= 40_000,
        "patterns.hierarchical.max-size must be between 2 and 40000 (Smile's linkage indexes an int triangle)");
    require(hierarchical.cutDistance() > 0 && hierarchical.cutDistance() <= 1,
        "patterns.hierarchical.cut-distance must be in (0, 1] (a cosine distance)");
    require(dbscan.minPoints() >= 1, "patterns.dbscan.min-points must be at least 1");
    require(dbscan.radius() > 0 && dbscan.radius() <= 1, "patterns.dbscan.radius must be in (0, 1] (a cosine distance)");
    require(dbscan.maxSize() >= 2, "patterns.dbscan.max-size must be at least 2, was " + dbscan.maxSize());
    require(representatives.nearest() >= 0, "patterns.representatives.nearest must not be negative");
    require(representatives.exactMedoidLimit() >= 1, "patterns.representatives.exact-medoid-limit must be at least 1");
    if (summary.enabled()) {
      require(summary.userPrompt() != null && !summary.userPrompt().isBlank(), "patterns.summary.user-prompt is empty");
      require(summary.maxTokens() >= 1, "patterns.summary.max-tokens must be at least 1");
      require(summary.maxChars() >= 1, "patterns.summary.max-chars must be at least 1");
    }
    return this;
  }

  public PatternSettings withAlgorithm(Algorithm value) {
    return new PatternSettings(groupBy, minGroupSize, value, seed, features, kmeans, silhouette, hierarchical, dbscan,
        representatives, summary);
  }

  public PatternSettings withGroupBy(GroupBy value) {
    return new PatternSettings(value, minGroupSize, algorithm, seed, features, kmeans, silhouette, hierarchical, dbscan,
        representatives, summary);
  }

  public PatternSettings withSummaryEnabled(boolean value) {
    return new PatternSettings(groupBy, minGroupSize, algorithm, seed, features, kmeans, silhouette, hierarchical, dbscan,
        representatives, new Summary(value, summary.systemPrompt(), summary.userPrompt(), summary.maxTokens(),
            summary.maxChars()));
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new ConfigException("configuration: " + message);
    }
  }
}

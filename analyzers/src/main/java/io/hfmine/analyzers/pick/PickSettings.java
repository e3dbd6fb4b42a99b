package io.hfmine.analyzers.pick;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.hfmine.analyzers.pick.constraint.ConstraintSettings;
import io.hfmine.analyzers.pick.constraint.Quantities;
import io.hfmine.analyzers.pick.extract.ExtractionSettings;
import io.hfmine.analyzers.pick.template.Template;
import io.hfmine.analyzers.text.embedding.OnnxEmbedder;
import io.hfmine.analyzers.text.embedding.SentenceEmbedder;
import io.hfmine.analyzers.text.embedding.distilled.StaticEmbedder;
import io.hfmine.analyzers.text.embedding.distilled.StaticRecipe;
import io.hfmine.datasets.config.ConfigException;
import io.hfmine.datasets.config.ValidatedSettings;
import io.hfmine.datasets.progress.Progress;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The {@code pick} section of the configuration (defaults and their reasons in hfmine.yaml). */
public record PickSettings(String template, String licenses, String indexDir, int top, Extraction extraction,
    Embedding embedding, Ranking ranking, ConstraintSettings constraints, Evaluation evaluation)
    implements ValidatedSettings {

  /** Constraint families, each named after the attribute it checks. */
  public static final Set<String> CONSTRAINT_FAMILIES = Set.of("license", "parameters", "weights-size", "languages",
      "frameworks", "library", "input-format", "output-format", "access", "downloads", "bias-risks", "hardware");
  /** Mutations the evaluation can draw. */
  public static final Set<String> MUTATIONS = Set.of("none", "license-relax", "license-tighten", "language", "modality",
      "size");

  /** Rule-based extraction limits and the optional LLM pass. */
  public record Extraction(int maxTextChars, int introMaxChars, int minWords, Llm llm) {
    public ExtractionSettings rules() {
      return new ExtractionSettings(maxTextChars, introMaxChars, minWords);
    }
  }

  /** The LLM extraction pass and its validation thresholds. */
  public record Llm(boolean enabled, int maxCardChars, int maxTokens, double minKappa, double minF1, String systemPrompt,
      String userPrompt) {
  }

  /** What each model's embedded text is made of, and by which model. */
  public record Embedding(String model, List<String> attributes, int maxChars, int maxTokens, String tableDir) {
    /**
     * The process's instance of the model these settings name, cutting texts at {@link #maxTokens()}
     * word pieces: a transformer build, or a static table kept in {@code tableDir} under the work
     * directory (distilled on first use, shown by {@code progress}).
     */
    public SentenceEmbedder embedder(Path workDir, Progress.Factory progress) {
      Optional<StaticRecipe> recipe = StaticRecipe.of(model);
      if (recipe.isPresent()) {
        return StaticEmbedder.shared(recipe.get(), maxTokens, tables(workDir), progress);
      }
      return OnnxEmbedder.shared(OnnxEmbedder.Build.of(model), maxTokens);
    }

    /** Where static tables are kept: {@code table-dir} under the work directory, absolute, or under the home directory ({@code ~/}). */
    public Path tables(Path workDir) {
      return tableDir.startsWith("~/") ? Path.of(System.getProperty("user.home"), tableDir.substring(2))
          : workDir.resolve(tableDir);
    }
  }

  /** How rankings are fused. */
  public enum Fusion {
    @JsonProperty("rrf") RRF,
    @JsonProperty("weighted-sum") WEIGHTED_SUM;

    public String key() {
      return this == RRF ? "rrf" : "weighted-sum";
    }
  }

  /** Fusion, pool size, ranker weights and per-field BM25 weights. */
  public record Ranking(Fusion fusion, int rrfK, int pool, Map<String, Double> weights, Map<String, Double> fieldWeights) {
    public double weight(String ranker) {
      return weights.getOrDefault(ranker, 0.0);
    }
  }

  /** The evaluation harness. */
  public record Evaluation(int requests, long seed, int top, int minFunctionWords, long minSourceDownloads,
      Map<String, Double> mutations,
      double maskShare, String paraphrases, boolean llmInfill, Baseline baseline) {
  }

  /** The Hub-search baseline. */
  public record Baseline(int keywords, int limit) {
  }

  /** Checked when the section is bound, so every command refuses a bad value up front. */
  @Override
  public void validate() {
    validated();
  }

  /** Checks ranges; the message names the key. */
  public PickSettings validated() {
    require(top >= 1, "pick.top must be at least 1, was " + top);
    require(indexDir != null && !indexDir.isBlank(), "pick.index-dir is empty");
    require(extraction.maxTextChars() >= 100, "pick.extraction.max-text-chars must be at least 100");
    require(extraction.introMaxChars() >= 50, "pick.extraction.intro-max-chars must be at least 50");
    require(extraction.minWords() >= 1, "pick.extraction.min-words must be at least 1");
    Llm llm = extraction.llm();
    require(llm.maxCardChars() >= 500, "pick.extraction.llm.max-card-chars must be at least 500");
    require(llm.maxTokens() >= 50, "pick.extraction.llm.max-tokens must be at least 50");
    require(llm.minKappa() >= -1 && llm.minKappa() <= 1, "pick.extraction.llm.min-kappa must be in [-1, 1]");
    require(llm.minF1() >= 0 && llm.minF1() <= 1, "pick.extraction.llm.min-f1 must be in [0, 1]");
    require(llm.userPrompt() != null && llm.userPrompt().contains("{card}"),
        "pick.extraction.llm.user-prompt must contain {card}");
    require(embedding.model() != null && (StaticRecipe.of(embedding.model()).isPresent()
        || Arrays.stream(OnnxEmbedder.Build.values()).anyMatch(build -> build.id().equals(embedding.model()))),
        "pick.embedding.model must be one of " + StaticRecipe.ids() + ", " + OnnxEmbedder.Build.ids()
            + ", was " + embedding.model());
    require(embedding.tableDir() != null && !embedding.tableDir().isBlank(), "pick.embedding.table-dir is empty");
    require(!embedding.attributes().isEmpty(), "pick.embedding.attributes is empty");
    require(embedding.maxChars() >= 50, "pick.embedding.max-chars must be at least 50");
    require(embedding.maxTokens() >= 8 && embedding.maxTokens() <= OnnxEmbedder.MAX_TOKENS,
        "pick.embedding.max-tokens must be between 8 and " + OnnxEmbedder.MAX_TOKENS + " (the model's longest input)");
    require(ranking.fusion() != null, "pick.ranking.fusion must be rrf or weighted-sum");
    require(ranking.rrfK() >= 1, "pick.ranking.rrf-k must be at least 1");
    require(ranking.pool() >= top, "pick.ranking.pool must be at least pick.top (" + top + ")");
    for (Map.Entry<String, Double> weight : ranking.weights().entrySet()) {
      require(Set.of("bm25", "embedding", "popularity").contains(weight.getKey()),
          "pick.ranking.weights: unknown ranker '" + weight.getKey() + "' (bm25, embedding, popularity)");
      require(weight.getValue() != null && weight.getValue() >= 0, "pick.ranking.weights." + weight.getKey()
          + " must not be negative");
    }
    require(ranking.weight("bm25") + ranking.weight("embedding") > 0,
        "pick.ranking.weights: bm25 and embedding cannot both be 0");
    ranking.fieldWeights().forEach((field, weight) -> require(weight != null && weight >= 0,
        "pick.ranking.field-weights." + field + " must not be negative"));
    constraints.onUnknown().forEach((family, policy) -> {
      require(CONSTRAINT_FAMILIES.contains(family), "pick.constraints.on-unknown: unknown family '" + family + "' ("
          + String.join(", ", CONSTRAINT_FAMILIES.stream().sorted().toList()) + ")");
      require(Set.of("keep", "demote", "remove").contains(policy), "pick.constraints.on-unknown." + family
          + " must be keep, demote or remove, was " + policy);
    });
    constraints.hardwareProfiles().forEach((profile, memory) -> {
      try {
        Quantities.bytes(memory);
      } catch (IllegalArgumentException e) {
        throw new ConfigException("configuration: pick.constraints.hardware-profiles." + profile + ": " + e.getMessage());
      }
    });
    require(constraints.bytesPerParameter() > 0, "pick.constraints.bytes-per-parameter must be positive");
    require(constraints.memoryOverhead() >= 1, "pick.constraints.memory-overhead must be at least 1");
    require(evaluation.requests() >= 1, "pick.evaluation.requests must be at least 1");
    require(evaluation.top() >= 1, "pick.evaluation.top must be at least 1");
    require(evaluation.minFunctionWords() >= 1, "pick.evaluation.min-function-words must be at least 1");
    require(evaluation.minSourceDownloads() >= 0, "pick.evaluation.min-source-downloads must not be negative");
    double mutationWeight = 0;
    for (Map.Entry<String, Double> mutation : evaluation.mutations().entrySet()) {
      require(MUTATIONS.contains(mutation.getKey()), "pick.evaluation.mutations: unknown mutation '" + mutation.getKey()
          + "' (" + String.join(", ", MUTATIONS.stream().sorted().toList()) + ")");
      require(mutation.getValue() != null && mutation.getValue() >= 0, "pick.evaluation.mutations." + mutation.getKey()
          + " must not be negative");
      mutationWeight += mutation.getValue();
    }
    require(mutationWeight > 0, "pick.evaluation.mutations: at least one mutation needs a positive weight");
    require(evaluation.maskShare() >= 0 && evaluation.maskShare() < 1, "pick.evaluation.mask-share must be in [0, 1)");
    require(evaluation.baseline().keywords() >= 0, "pick.evaluation.baseline.keywords must not be negative");
    require(evaluation.baseline().limit() >= 1, "pick.evaluation.baseline.limit must be at least 1");
    return this;
  }

  /** Checks the settings that name template attributes against the template. */
  public PickSettings checkedAgainst(Template template) {
    Set<String> matched = Set.copyOf(template.matchedAttributes().stream().map(spec -> spec.name()).toList());
    ranking.fieldWeights().keySet().forEach(field -> require(field.equals("all") || matched.contains(field),
        "pick.ranking.field-weights: '" + field + "' is not a matched (text or list, not special) attribute of the template"));
    embedding.attributes().forEach(attribute -> require(template.attribute(attribute).isPresent(),
        "pick.embedding.attributes: '" + attribute + "' is not an attribute of the template"));
    return this;
  }

  public PickSettings withTop(int value) {
    return new PickSettings(template, licenses, indexDir, value, extraction, embedding,
        new Ranking(ranking.fusion(), ranking.rrfK(), Math.max(ranking.pool(), value), ranking.weights(),
            ranking.fieldWeights()), constraints, evaluation);
  }

  /** These settings with other ranker weights (0 switches a ranker off). */
  public PickSettings withRankerWeights(Map<String, Double> value) {
    return new PickSettings(template, licenses, indexDir, top, extraction, embedding,
        new Ranking(ranking.fusion(), ranking.rrfK(), ranking.pool(), value, ranking.fieldWeights()), constraints,
        evaluation);
  }

  /** These settings with another embedding section. */
  public PickSettings withEmbedding(Embedding value) {
    return new PickSettings(template, licenses, indexDir, top, extraction, value, ranking, constraints, evaluation);
  }

  /** These settings with the evaluation's source download floor set, as a run that overrode it used them. */
  public PickSettings withMinSourceDownloads(long value) {
    Evaluation e = evaluation;
    return new PickSettings(template, licenses, indexDir, top, extraction, embedding, ranking, constraints,
        new Evaluation(e.requests(), e.seed(), e.top(), e.minFunctionWords(), value, e.mutations(), e.maskShare(),
            e.paraphrases(), e.llmInfill(), e.baseline()));
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new ConfigException("configuration: " + message);
    }
  }
}

package io.hfmine.analyzers.issues;

import io.hfmine.analyzers.issues.classifier.ClassifierSettings;
import io.hfmine.analyzers.issues.llm.LlmLabelSettings;
import io.hfmine.analyzers.issues.rules.RuleSettings;
import io.hfmine.analyzers.issues.sampling.AnnotationSettings;
import io.hfmine.analyzers.issues.taxonomy.Taxonomy;
import io.hfmine.datasets.config.Config;
import io.hfmine.datasets.config.ValidatedSettings;
import java.util.List;
import java.util.Map;

/** The {@code issues} configuration section (the chat endpoint is the shared {@code llm-client}). */
public record IssueSettings(String taxonomy, Map<String, List<String>> typeLabels, RuleSettings rules,
    ClassifierSettings classifier, AnnotationSettings annotation, LlmLabelSettings llm) implements ValidatedSettings {

  /** The taxonomy must load: a study learns of a broken file before it crawls, not at the classify stage. */
  @Override
  public void validate() {
    try {
      loadTaxonomy();
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("issues.taxonomy: " + e.getMessage(), e);
    }
  }

  public static IssueSettings from(Config config) {
    return config.section("issues", IssueSettings.class);
  }

  public Taxonomy loadTaxonomy() {
    return Taxonomy.load(taxonomy);
  }
}

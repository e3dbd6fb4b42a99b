package io.hfmine.analyzers.issues;

import io.hfmine.analyzers.issues.classifier.ClassifierLabeller;
import io.hfmine.analyzers.issues.classifier.ClassifierSettings;
import io.hfmine.analyzers.issues.context.ContextSettings;
import io.hfmine.analyzers.issues.llm.LlmLabelSettings;
import io.hfmine.analyzers.issues.llm.LlmLabeller;
import io.hfmine.analyzers.issues.rules.RuleLabeller;
import io.hfmine.analyzers.issues.rules.RuleSettings;
import io.hfmine.analyzers.issues.sampling.AnnotationSettings;
import io.hfmine.analyzers.issues.taxonomy.Taxonomy;
import io.hfmine.datasets.config.Config;
import io.hfmine.datasets.config.ValidatedSettings;
import java.util.List;
import java.util.Map;

/** The {@code issues} configuration section (the chat endpoint is the shared {@code llm-client}). */
public record IssueSettings(String taxonomy, String method, Map<String, List<String>> typeLabels, RuleSettings rules,
    ContextSettings projectContext, ClassifierSettings classifier, AnnotationSettings annotation, LlmLabelSettings llm)
    implements ValidatedSettings {

  /** The labelling methods, by the names {@code issue_labels.source} stores. */
  public static final List<String> METHODS = List.of(RuleLabeller.SOURCE, ClassifierLabeller.SOURCE, LlmLabeller.SOURCE);

  /** The taxonomy must load: a study learns of a broken file before it crawls, not at the classify stage. */
  @Override
  public void validate() {
    if (!METHODS.contains(method)) {
      throw new IllegalArgumentException("issues.method: '" + method + "' is not one of " + String.join(", ", METHODS));
    }
    try {
      loadTaxonomy();
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("issues.taxonomy: " + e.getMessage(), e);
    }
    llm.check();
  }

  public static IssueSettings from(Config config) {
    return config.section("issues", IssueSettings.class);
  }

  /** The taxonomy file's text (a trained classifier keeps it). */
  public String taxonomyText() {
    return Taxonomy.text(taxonomy);
  }

  public Taxonomy loadTaxonomy() {
    return Taxonomy.load(taxonomy);
  }
}

package io.hfmine.analyzers.issues.classifier;

import io.hfmine.analyzers.issues.context.ContextSettings;
import io.hfmine.analyzers.issues.rules.RuleSettings;
import io.hfmine.analyzers.issues.taxonomy.Taxonomy;

/**
 * A trained issue classifier: its input layout, four logistic regressions (PTM relevance on all
 * issues; primary theme, primary sub-theme and type on the labelled ones) and everything needed
 * to compute its features again exactly as in training: the taxonomy text, the rule and context
 * settings, and the sentence-embedding model's name.
 *
 * @param ptmThreshold an issue is PTM-related from this probability of the relevance regression on
 *     (chosen by cross-validation at training time, or the configured one)
 * @param subThemes null when no sub-theme had enough examples
 * @param type null when the training set had fewer than two types
 * @param examples the training issues' theme centroids; null when the settings give them no weight
 */
public record IssueClassifierModel(ClassifierProvenance provenance, String taxonomyYaml, RuleSettings rules,
    ContextSettings context, ClassifierSettings settings, String embedder, FeatureSpace features, LinearModel ptm, double ptmThreshold,
    LinearModel themes, LinearModel subThemes, LinearModel type, ExampleVote examples) {

  /** The taxonomy the model was trained with (its codes are the model's classes). */
  public Taxonomy taxonomy() {
    return Taxonomy.parse(taxonomyYaml, "the classifier's taxonomy");
  }

  public int vocabularySize() {
    return features.vocabulary().dimensions();
  }
}

package io.hfmine.analyzers.issues;

import io.hfmine.analyzers.issues.classifier.ClassifierLabeller;
import io.hfmine.analyzers.issues.classifier.ClassifierRecords;
import io.hfmine.analyzers.issues.classifier.ClassifierTraining;
import io.hfmine.analyzers.issues.classifier.IssueClassifierModel;
import io.hfmine.analyzers.issues.classifier.IssueFeatures;
import io.hfmine.analyzers.issues.classifier.ShippedClassifier;
import io.hfmine.analyzers.issues.context.ProjectContexts;
import io.hfmine.analyzers.issues.context.StoreProjectFacts;
import io.hfmine.analyzers.issues.rules.KnownModels;
import io.hfmine.analyzers.issues.rules.RelevanceRule;
import io.hfmine.analyzers.issues.rules.RuleLabeller;
import io.hfmine.analyzers.issues.taxonomy.Taxonomy;
import io.hfmine.analyzers.text.embedding.OnnxEmbedder;
import io.hfmine.analyzers.text.embedding.SentenceEmbedder;
import io.hfmine.analyzers.text.embedding.cache.CachingEmbedder;
import io.hfmine.analyzers.text.embedding.cache.StoreEmbeddingCache;
import io.hfmine.datasets.store.Store;

/** Builds the labellers of the configured methods against a store. */
public final class IssueLabellers {
  private IssueLabellers() {
  }

  /** The rule labeller, with the store's models as known model ids and its projects' contexts. */
  public static RuleLabeller rules(Store store, IssueSettings settings) {
    Taxonomy taxonomy = settings.loadTaxonomy();
    KnownModels known = new StoreKnownModels(store);
    return new RuleLabeller(taxonomy, known, settings.rules(), settings.typeLabels(),
        projectContexts(store, settings, taxonomy, known));
  }

  /**
   * The classifier labeller: the store's own trained classifier when there is one, else the one
   * shipped with hfmine. Its features and the projects' contexts are computed with the taxonomy
   * and settings it was trained with.
   */
  public static ClassifierLabeller classifier(Store store, IssueSettings settings) {
    IssueClassifierModel model = ClassifierRecords.load(store, ClassifierTraining.DEFAULT_NAME)
        .orElseGet(ShippedClassifier::load);
    KnownModels known = new StoreKnownModels(store);
    IssueFeatures features = new IssueFeatures(model.taxonomy(), model.rules(), known);
    ProjectContexts projects = ProjectContexts.of(IssueRecords.read(store, null), StoreProjectFacts.read(store,
        model.context().ptmLibraries()), features.relevance(), model.context());
    return new ClassifierLabeller(model, features, projects, cached(store, encoderOf(model)), settings.typeLabels());
  }

  /**
   * {@code encoder} behind the store's embedding cache (null stays null): labelling the store's
   * issues again, after a sync or a killed run, embeds only the issues not embedded before.
   */
  public static SentenceEmbedder cached(Store store, SentenceEmbedder encoder) {
    return encoder == null ? null : CachingEmbedder.of(encoder, new StoreEmbeddingCache(store));
  }

  /**
   * The sentence encoder a model was trained with (it records the encoder's name), null for a model
   * without embeddings. The configured {@code issues.classifier.encoder} only chooses the encoder of
   * the next training: a model's features mean something only with its own encoder.
   */
  public static OnnxEmbedder encoderOf(IssueClassifierModel model) {
    if (model.embedder() == null) {
      return null;
    }
    return OnnxEmbedder.shared(OnnxEmbedder.Build.named(model.embedder()).orElseThrow(() -> new IllegalArgumentException(
        "the classifier was trained with embeddings of " + model.embedder() + ", an encoder this hfmine does not have ("
            + OnnxEmbedder.Build.ids() + "); train it again")));
  }

  /** The context of every project with issues in the store: its issues, verified usages and dependencies. */
  public static ProjectContexts projectContexts(Store store, IssueSettings settings, Taxonomy taxonomy, KnownModels known) {
    RelevanceRule rule = new RelevanceRule(taxonomy.relevance(), known, settings.rules());
    return ProjectContexts.of(IssueRecords.read(store, null), StoreProjectFacts.read(store,
        settings.projectContext().ptmLibraries()), rule, settings.projectContext());
  }
}

package io.hfmine.analyzers.issues.classifier;

import io.hfmine.analyzers.issues.Annotation;
import io.hfmine.analyzers.issues.IssueId;
import io.hfmine.analyzers.issues.IssueRecords;
import io.hfmine.analyzers.issues.IssueSettings;
import io.hfmine.analyzers.issues.IssueText;
import io.hfmine.analyzers.issues.StoreKnownModels;
import io.hfmine.analyzers.issues.context.ProjectContexts;
import io.hfmine.analyzers.issues.context.StoreProjectFacts;
import io.hfmine.analyzers.issues.evaluation.EvaluationReport;
import io.hfmine.analyzers.issues.evaluation.GoldEvaluation;
import io.hfmine.datasets.hashing.Hashes;
import io.hfmine.analyzers.issues.rules.KnownModels;
import io.hfmine.analyzers.issues.rules.TypeRules;
import io.hfmine.analyzers.issues.taxonomy.Taxonomy;
import io.hfmine.analyzers.text.embedding.SentenceEmbedder;
import io.hfmine.datasets.progress.Progress;
import io.hfmine.datasets.store.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Trains the classifier from a labelled CSV (annotation format; issue text from the store) and
 * stores it, or cross-validates it on that file with folds grouped by repository.
 */
public final class ClassifierTraining {
  /** Name of the classifier {@code issues classify --method classifier} uses. */
  public static final String DEFAULT_NAME = "default";

  private ClassifierTraining() {
  }

  /** Everything training needs, read from the store once. */
  public record Inputs(Taxonomy taxonomy, List<PreparedIssue> issues, List<Annotation> gold, ClassifierTrainer trainer,
      ClassifierProvenance provenance) {
  }

  /**
   * Reads the labelled file's issues from the store and computes their features.
   *
   * @param embedder the sentence embedder, or null for a model without embeddings
   * @param version the hfmine version recorded as the trainer
   */
  public static Inputs inputs(Store store, IssueSettings settings, Path labelled, String annotator, SentenceEmbedder embedder,
      String version) {
    Taxonomy taxonomy = settings.loadTaxonomy();
    List<Annotation> gold = GoldEvaluation.readGold(store, taxonomy, labelled, annotator);
    List<IssueText> all = IssueRecords.read(store, null);
    Map<IssueId, IssueText> byId = new java.util.HashMap<>();
    all.forEach(issue -> byId.put(issue.id(), issue));
    List<IssueText> issues = gold.stream().map(a -> byId.get(a.issue())).toList();
    KnownModels known = new StoreKnownModels(store);
    IssueFeatures features = new IssueFeatures(taxonomy, settings.rules(), known);
    ProjectContexts projects = ProjectContexts.of(all, StoreProjectFacts.read(store,
        settings.projectContext().ptmLibraries()), features.relevance(), settings.projectContext());
    boolean embed = settings.classifier().embeddings() && embedder != null;
    List<PreparedIssue> prepared = new IssuePreparation(features, projects, embed ? embedder : null,
        settings.classifier().embeddingChars()).prepare(issues);
    ClassifierTrainer trainer = new ClassifierTrainer(settings.taxonomyText(), settings.rules(), settings.projectContext(),
        settings.classifier(), IssuePreparation.knowledgeNames(features, embed), embed ? embedder.name() : null);
    int ptm = (int) gold.stream().filter(a -> a.ptmAnnotated() && a.isPtm()).count();
    ClassifierProvenance provenance = new ClassifierProvenance(labelled.getFileName().toString(), sha256(labelled),
        textsSha256(issues), gold.size(), ptm, version);
    return new Inputs(taxonomy, prepared, gold, trainer, provenance);
  }

  /** Trains on every row of the file and stores the model as {@link #DEFAULT_NAME}; returns it. */
  public static IssueClassifierModel train(Store store, Inputs inputs) {
    IssueClassifierModel model = inputs.trainer().train(inputs.issues(), inputs.gold(), inputs.provenance());
    ClassifierRecords.save(store, DEFAULT_NAME, model);
    return model;
  }

  public static EvaluationReport crossValidate(Inputs inputs, int folds, long seed, Map<String, List<String>> typeLabels,
      Progress progress) {
    return CrossValidation.run(inputs.trainer(), inputs.taxonomy(), inputs.issues(), inputs.gold(), folds, seed,
        TypeRules.labelsOnly(typeLabels), progress);
  }

  /** SHA-256 over the training issues' ids, titles and bodies, in id order: the texts a model was trained on. */
  public static String textsSha256(List<IssueText> issues) {
    List<IssueText> sorted = new ArrayList<>(issues);
    sorted.sort((a, b) -> a.id().compareTo(b.id()));
    StringBuilder text = new StringBuilder();
    for (IssueText issue : sorted) {
      text.append(issue.id()).append('\u0000').append(issue.title()).append('\u0000').append(issue.body()).append('\u0000');
    }
    return Hashes.sha256(text.toString());
  }

  // The labelled file is UTF-8 text, so the hash of its text is the hash of its bytes.
  private static String sha256(Path file) {
    try {
      return Hashes.sha256(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}

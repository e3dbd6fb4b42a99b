package io.hfmine.analyzers.issues.classifier;

import io.hfmine.analyzers.issues.IssueText;
import io.hfmine.analyzers.issues.context.ProjectContext;
import io.hfmine.analyzers.issues.context.ProjectContexts;
import io.hfmine.analyzers.issues.text.IssueDocument;
import io.hfmine.analyzers.text.embedding.SentenceEmbedder;
import java.util.ArrayList;
import java.util.List;

/**
 * Computes {@link PreparedIssue}s: documents in their projects, terms, knowledge features, and the
 * embedding block ({@link IssueEmbedding}) in batches.
 */
public final class IssuePreparation {
  private static final int BATCH = 64;

  private final IssueFeatures features;
  private final ProjectContexts projects;
  private final IssueEmbedding embedding;

  /** @param embedder null for a model without embeddings */
  public IssuePreparation(IssueFeatures features, ProjectContexts projects, SentenceEmbedder embedder, int embeddingChars) {
    this.features = features;
    this.projects = projects;
    this.embedding = embedder == null ? null
        : new IssueEmbedding(embedder, features.taxonomy(), features.weights(), embeddingChars);
  }

  /**
   * Names of the knowledge features a prepared issue holds: those of {@link IssueFeatures}, then,
   * with embeddings, the prototype cosines of {@link IssueEmbedding}.
   */
  public static List<String> knowledgeNames(IssueFeatures features, boolean embedded) {
    List<String> names = new ArrayList<>(features.knowledgeNames());
    if (embedded) {
      names.addAll(IssueEmbedding.prototypeNames(features.taxonomy()));
    }
    return names;
  }

  public List<PreparedIssue> prepare(List<IssueText> issues) {
    List<PreparedIssue> prepared = new ArrayList<>(issues.size());
    for (int from = 0; from < issues.size(); from += BATCH) {
      List<IssueText> batch = issues.subList(from, Math.min(issues.size(), from + BATCH));
      List<IssueDocument> documents = new ArrayList<>();
      List<double[]> knowledge = new ArrayList<>();
      for (IssueText issue : batch) {
        ProjectContext project = projects.of(issue.id().repository());
        IssueDocument document = IssueDocument.of(issue, project.template());
        documents.add(document);
        knowledge.add(features.knowledge(document, project));
      }
      List<IssueEmbedding.Embedded> embedded = embedding == null ? null : embedding.of(documents);
      for (int i = 0; i < batch.size(); i++) {
        double[] known = knowledge.get(i);
        if (embedded != null) {
          double[] prototypes = embedded.get(i).prototypes();
          known = java.util.Arrays.copyOf(known, known.length + prototypes.length);
          System.arraycopy(prototypes, 0, known, knowledge.get(i).length, prototypes.length);
        }
        prepared.add(new PreparedIssue(batch.get(i), features.terms(documents.get(i)),
            embedded == null ? null : embedded.get(i).embedding(), known));
      }
    }
    return prepared;
  }
}

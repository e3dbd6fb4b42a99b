package io.hfmine.analyzers.issues.classifier;

import io.hfmine.analyzers.issues.IssueText;
import io.hfmine.analyzers.issues.context.ProjectContext;
import io.hfmine.analyzers.issues.context.ProjectContexts;
import io.hfmine.analyzers.issues.text.IssueDocument;
import io.hfmine.analyzers.text.embedding.SentenceEmbedder;
import java.util.ArrayList;
import java.util.List;

/** Computes {@link PreparedIssue}s: documents in their projects, terms, knowledge features, embeddings in batches. */
public final class IssuePreparation {
  private static final int BATCH = 64;

  private final IssueFeatures features;
  private final ProjectContexts projects;
  private final SentenceEmbedder embedder;
  private final int embeddingChars;

  /** @param embedder null for a model without embeddings */
  public IssuePreparation(IssueFeatures features, ProjectContexts projects, SentenceEmbedder embedder, int embeddingChars) {
    this.features = features;
    this.projects = projects;
    this.embedder = embedder;
    this.embeddingChars = embeddingChars;
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
      float[][] embeddings = embedder == null ? null
          : embedder.embed(documents.stream().map(d -> IssueFeatures.embeddingText(d, embeddingChars)).toList());
      for (int i = 0; i < batch.size(); i++) {
        prepared.add(new PreparedIssue(batch.get(i), features.terms(documents.get(i)),
            embeddings == null ? null : embeddings[i], knowledge.get(i)));
      }
    }
    return prepared;
  }
}

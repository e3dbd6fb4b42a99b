package io.hfmine.analyzers.issues.classifier;

import io.hfmine.analyzers.issues.IssueText;
import java.util.List;

/**
 * An issue's classifier inputs before the vocabulary is known: its terms, its embedding (null
 * without embeddings) and its knowledge features. Computed once per issue, so cross-validation
 * fits only the vocabulary and the regressions per fold.
 */
public record PreparedIssue(IssueText issue, List<String> terms, float[] embedding, double[] knowledge) {
}

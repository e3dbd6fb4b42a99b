package io.hfmine.analyzers.issues.agreement;

import io.hfmine.analyzers.issues.IssueId;
import java.util.Map;

/** An issue the annotators labelled differently, with each annotator's labels, to reconcile. */
public record Disagreement(IssueId issue, String label, Map<String, String> values) {
}

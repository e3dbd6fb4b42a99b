package io.hfmine.analyzers.issues.classifier;

import io.hfmine.analyzers.issues.Annotation;
import io.hfmine.analyzers.issues.IssueText;

/** An issue and its gold labels, to train or cross-validate the classifier on. */
public record TrainingExample(IssueText issue, Annotation gold) {
}

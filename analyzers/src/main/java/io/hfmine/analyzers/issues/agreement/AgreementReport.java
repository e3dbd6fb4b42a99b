package io.hfmine.analyzers.issues.agreement;

import io.hfmine.analyzers.issues.evaluation.ConfusionMatrix;
import java.util.List;
import java.util.Map;

/**
 * Inter-annotator agreement: Cohen's kappa for two annotators, Fleiss' kappa for more.
 *
 * @param confusion for two annotators, per label (ptm, themes, type), first annotator by second; empty otherwise
 */
public record AgreementReport(List<String> annotators, String statistic, int sharedIssues, List<LabelAgreement> labels,
    Map<String, ConfusionMatrix> confusion, List<Disagreement> disagreements) {
}

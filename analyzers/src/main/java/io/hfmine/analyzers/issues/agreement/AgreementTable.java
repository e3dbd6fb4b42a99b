package io.hfmine.analyzers.issues.agreement;

import io.hfmine.analyzers.issues.evaluation.ConfusionMatrix;
import java.util.Map;

/** Renders an {@link AgreementReport} as the plain-text tables {@code annotate agreement} prints. */
public final class AgreementTable {
  private AgreementTable() {
  }

  public static String render(AgreementReport report) {
    StringBuilder text = new StringBuilder();
    text.append(report.statistic()).append(" for ").append(String.join(", ", report.annotators())).append(" on ")
        .append(report.sharedIssues()).append(" issues annotated by all\n\n");
    text.append(String.format("%-26s %6s %10s %8s%n", "label", "items", "all agree", "kappa"));
    for (LabelAgreement label : report.labels()) {
      text.append(String.format("%-26s %6d %10.3f %8s%n", label.label(), label.items(), label.observed(),
          Double.isNaN(label.kappa()) ? "n/a" : String.format("%.3f", label.kappa())));
    }
    for (Map.Entry<String, ConfusionMatrix> matrix : report.confusion().entrySet()) {
      text.append("\nconfusion: ").append(matrix.getKey()).append('\n')
          .append(matrix.getValue().render(report.annotators().get(0), report.annotators().get(1)));
    }
    text.append("\ndisagreements to reconcile: ").append(report.disagreements().size()).append('\n');
    for (Disagreement disagreement : report.disagreements()) {
      text.append(String.format("  %-32s %-14s %s%n", disagreement.issue(), disagreement.label(), disagreement.values()));
    }
    return text.toString();
  }
}

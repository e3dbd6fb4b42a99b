package io.hfmine.web.annotate;

import static io.hfmine.web.html.Markup.text;

import io.hfmine.analyzers.issues.Annotation;
import io.hfmine.analyzers.issues.IssueId;
import io.hfmine.analyzers.issues.agreement.AgreementReport;
import io.hfmine.analyzers.issues.agreement.AgreementStudy;
import io.hfmine.analyzers.issues.agreement.LabelAgreement;
import io.hfmine.analyzers.issues.sampling.AnnotationRecords;
import io.hfmine.analyzers.issues.taxonomy.Taxonomy;
import io.hfmine.datasets.store.Store;
import io.hfmine.web.html.Markup;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Live agreement between the annotators of a sample: the project's agreement study
 * ({@code hfmine annotate agreement}: Cohen's kappa for two, Fleiss' for more) on the sample's
 * issues every one of them annotated.
 */
public final class AgreementPanel {
  private AgreementPanel() {
  }

  public static String render(Store store, Taxonomy taxonomy, List<IssueId> sampleIssues) {
    Set<IssueId> inSample = new HashSet<>(sampleIssues);
    List<Annotation> annotations = AnnotationRecords.read(store).stream().filter(a -> inSample.contains(a.issue())).toList();
    StringBuilder html = new StringBuilder("<details class=\"agreement\" id=\"agreement\" open><summary>Agreement "
        + "between the sample's annotators</summary>");
    long annotators = annotations.stream().map(Annotation::annotator).distinct().count();
    if (annotators < 2) {
      html.append("<p class=\"muted\">Kappa appears once two annotators have annotated issues of this sample (")
          .append(annotators).append(" so far).</p></details>");
      return html.toString();
    }
    AgreementReport report = AgreementStudy.run(annotations, null, taxonomy);
    html.append("<p>").append(text(report.statistic())).append(" for ").append(text(String.join(", ", report.annotators())))
        .append(" on <span id=\"shared-issues\">").append(report.sharedIssues()).append("</span> issues annotated by all.</p>");
    if (report.labels().isEmpty()) {
      return html.append("</details>").toString();
    }
    List<LabelAgreement> overall = report.labels().stream()
        .filter(l -> !l.label().startsWith("theme ") && !l.label().startsWith("subtheme ")).toList();
    List<LabelAgreement> perCode = report.labels().stream().filter(l -> !overall.contains(l)).toList();
    table(overall, html);
    if (!perCode.isEmpty()) {
      html.append("<details><summary>per theme and sub-theme (yes/no)</summary>");
      table(perCode, html);
      html.append("</details>");
    }
    return html.append("<p class=\"muted\">Kappa is undefined (–) when every item got the same value "
        + "from everyone.</p></details>").toString();
  }

  private static void table(List<LabelAgreement> labels, StringBuilder html) {
    html.append("<table class=\"data\"><thead><tr><th>label</th><th>items</th><th>all agree</th><th>kappa</th></tr>"
        + "</thead><tbody>");
    for (LabelAgreement label : labels) {
      html.append("<tr data-label=\"").append(Markup.attr(label.label())).append("\"><td>").append(text(label.label()))
          .append("</td><td class=\"num\">").append(label.items()).append("</td><td class=\"num\">")
          .append(Markup.decimal(label.observed())).append("</td><td class=\"num kappa\">")
          .append(Markup.decimal(label.kappa())).append("</td></tr>");
    }
    html.append("</tbody></table>");
  }
}

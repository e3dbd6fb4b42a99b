package io.hfmine.web.annotate;

import static io.hfmine.web.html.Markup.attr;
import static io.hfmine.web.html.Markup.text;

import io.hfmine.analyzers.issues.IssueId;
import io.hfmine.analyzers.issues.evaluation.EvaluationReport;
import io.hfmine.analyzers.issues.evaluation.PopulationWeighting;
import io.hfmine.web.Site;
import io.hfmine.web.html.Markup;
import java.util.List;
import java.util.Map;

/**
 * How the labelling method does against the sample's annotators: {@code hfmine annotate evaluate}
 * on the workspace, one annotator's labels as the gold ones ({@code reference}, a GET parameter)
 * and a method's stored labels ({@code method}) as the predictions, with the command's figures and,
 * for an enriched sample, its per-stratum and weighted relevance. Hidden in blind mode, which hides
 * machine labels; the per-stratum counts would also tell which stratum a saved issue is in.
 */
final class EvaluationPanel {
  /** The panel's GET parameters; the workspace carries them along from issue to issue. */
  static final List<String> CHOICES = List.of("reference", "method");

  /** Gold and labels states whose intervals are held: a few samples, references and methods at once. */
  private static final int INTERVALS_HELD = 32;

  private final Site site;
  private final PopulationStrata population;
  private final HeldIntervals intervals;

  EvaluationPanel(Site site) {
    this.site = site;
    this.intervals = new HeldIntervals(site.taxonomy(), INTERVALS_HELD);
    this.population = site.spec().issues() == null ? null : new PopulationStrata(site.store(), site.spec().issues());
    drawn(null);
  }

  /** Starts screening the repositories of an enriched sample's issues (of every one when null) in the background. */
  void drawn(String sample) {
    if (population != null) {
      population.prepare(SampleRecords.enrichedRepositories(site.store(), sample));
    }
  }

  /** @param chosen the reference and method the request chose; the defaults stand for those it did not */
  String render(SampleRecords.Sample sample, String viewer, int position, List<IssueId> issues, boolean blind,
      Map<String, String> chosen) {
    StringBuilder html = new StringBuilder("<details class=\"evaluation\" id=\"evaluation\" open><summary>The labelling "
        + "method against an annotator</summary>");
    if (blind) {
      return html.append("<p class=\"muted\" id=\"evaluation-hidden\">Hidden in blind mode: these figures are made from "
          + "the machine labels.</p></details>").toString();
    }
    List<EvaluationSources.Annotator> annotators = EvaluationSources.annotators(site.store(), sample.name());
    List<EvaluationSources.Method> methods = EvaluationSources.methods(site.store(), sample.name());
    if (methods.isEmpty()) {
      return html.append("<p id=\"no-method-labels\">The store holds no method labels of this sample's issues. Stop "
          + "<code>hfmine serve</code> (it holds the store), run <code>hfmine issues classify</code> "
          + "(<code>--method rules|classifier|llm</code>), and start it again.</p></details>").toString();
    }
    if (annotators.isEmpty()) {
      return html.append("<p class=\"muted\" id=\"no-reference\">The figures appear once someone has annotated issues of "
          + "this sample.</p></details>").toString();
    }
    String reference = chosen.getOrDefault("reference", EvaluationSources.defaultReference(annotators, viewer));
    String method = chosen.getOrDefault("method", methods.get(0).source());
    choice(sample.name(), viewer, position, annotators, reference, methods, method, html);
    html.append("<p class=\"muted\" id=\"reference-note\">The workspace keeps each annotator's labels and no "
        + "adjudicated ones, so one annotator's labels are the gold labels of <code>hfmine annotate evaluate</code> "
        + "(<code>--annotator NAME</code>). By default the annotator named <code>gold</code> (annotate as gold, or "
        + "import the reconciled sheet with <code>annotate import --annotator gold</code>), else you, else whoever "
        + "annotated most.</p>");
    EvaluationSources.Method labels = methods.stream().filter(m -> m.source().equals(method)).findFirst().orElse(null);
    if (annotators.stream().noneMatch(a -> a.name().equals(reference)) || labels == null) {
      return html.append("<p class=\"problem\" id=\"evaluation-problem\">").append(labels == null
          ? "No labels of method " + text(method) + " on this sample's issues."
          : text(reference) + " has annotated none of this sample's issues.").append("</p></details>").toString();
    }
    provenance(labels, issues.size(), html);
    SampleEvaluation evaluation = SampleEvaluation.of(site.store(), site.taxonomy(), intervals, issues, reference, method,
        sample.enrichment() == null ? null : SampleRecords.strata(site.store(), sample.name()),
        population == null ? null : population::ifScreened);
    coverage(evaluation, reference, html);
    if (evaluation.report() != null) {
      EvaluationFigures.report(evaluation.report(), method, html);
      EvaluationFigures.intervals(evaluation.intervals(), html);
      if (evaluation.weighting() != null) {
        EvaluationFigures.strata(evaluation.weighting(), html);
      } else if (evaluation.screening()) {
        screening(evaluation, WorkspacePage.link(sample.name(), viewer, position, chosen), html);
      } else if (evaluation.weightingProblem() != null) {
        html.append("<p class=\"muted\" id=\"weighting-problem\">No figures per stratum and weighted back to the "
            + "repositories' issues: ").append(text(evaluation.weightingProblem())).append(".</p>");
      }
    }
    return html.append("</details>").toString();
  }

  /**
   * Instead of the weighted figures while their strata are counted: the rest of the panel need not
   * wait. The page's script fetches {@code here} again until the figures are there and puts them in
   * place, so a half-filled annotation form is not lost; without the script, the link reloads the page.
   */
  private static void screening(SampleEvaluation evaluation, String here, StringBuilder html) {
    int repositories = PopulationWeighting.repositories(evaluation.gold()).size();
    html.append("<p class=\"muted\" id=\"strata-screening\" data-refresh=\"").append(attr(here))
        .append("\">Screening… the issues of the gold issues' ").append(repositories)
        .append(repositories == 1 ? " repository are" : " repositories are")
        .append(" being put in today's strata by the prescreen (with each project's context), so the figures per "
            + "stratum and weighted back to those issues appear here when it is done. <a href=\"").append(attr(here))
        .append("\">Check again</a></p>");
  }

  private static void choice(String sample, String viewer, int position, List<EvaluationSources.Annotator> annotators,
      String reference, List<EvaluationSources.Method> methods, String method, StringBuilder html) {
    html.append("<form method=\"get\" action=\"").append(WorkspacePage.PATH).append("\" class=\"inline\" "
        + "id=\"evaluation-choice\">").append(hidden("sample", sample)).append(hidden("annotator", viewer))
        .append(hidden("at", String.valueOf(position))).append("<label>reference <select name=\"reference\">");
    annotators.forEach(a -> option(a.name(), a.name() + " (" + Markup.count(a.issues()) + " issues)",
        a.name().equals(reference), html));
    html.append("</select></label> <label>method <select name=\"method\">");
    methods.forEach(m -> option(m.source(), m.source() + " (" + Markup.count(m.issues()) + " issues)",
        m.source().equals(method), html));
    html.append("</select></label> <button type=\"submit\">show</button></form>");
  }

  private static void option(String value, String label, boolean selected, StringBuilder html) {
    html.append("<option value=\"").append(attr(value)).append('"').append(selected ? " selected" : "").append('>')
        .append(text(label)).append("</option>");
  }

  private static void provenance(EvaluationSources.Method labels, int sampleIssues, StringBuilder html) {
    html.append("<p id=\"method-provenance\">Method <b>").append(text(labels.source())).append("</b>: labels of ")
        .append(Markup.count(labels.issues())).append(" of the sample's ").append(Markup.count(sampleIssues))
        .append(" issues, stored ").append(text(Markup.display(labels.first())));
    if (!labels.last().equals(labels.first())) {
      html.append(" to ").append(text(Markup.display(labels.last())));
    }
    if (labels.provenance() != null) {
      html.append("; ").append(text(labels.provenance()));
    }
    html.append(".</p>");
  }

  private static void coverage(SampleEvaluation evaluation, String reference, StringBuilder html) {
    html.append("<p id=\"evaluation-coverage\"><span id=\"gold-issues\">").append(evaluation.gold().size())
        .append("</span> gold issues: of the sample's ").append(evaluation.sampleIssues()).append(" issues, ")
        .append(text(reference)).append(" annotated ").append(evaluation.annotated()).append(" (")
        .append(evaluation.sampleIssues() - evaluation.annotated()).append(" not yet, left out)");
    if (evaluation.unlabelled() > 0) {
      html.append(", of which <span id=\"unlabelled\">").append(evaluation.unlabelled())
          .append("</span> have no labels of the method (left out)");
    }
    html.append(". ");
    if (evaluation.report() == null) {
      html.append("Nothing to score yet.</p>");
      return;
    }
    EvaluationReport report = evaluation.report();
    html.append("Relevance on <span id=\"relevance-issues\">").append(evaluation.gold().size() - evaluation.relevanceBlank())
        .append("</span> (<span id=\"relevance-blank\">").append(evaluation.relevanceBlank())
        .append("</span> with a blank relevance cell left out); themes on ").append(report.themeItems())
        .append(" gold PTM-related issues with themes, sub-themes on ").append(report.subThemeItems()).append(".</p>");
  }

  private static String hidden(String name, String value) {
    return "<input type=\"hidden\" name=\"" + attr(name) + "\" value=\"" + attr(value) + "\">";
  }
}

package io.hfmine.reports.setasks;

import io.hfmine.reports.ReportDocument;
import io.hfmine.reports.svg.BarChartSvg;
import io.hfmine.reports.svg.BarChartSvg.Bar;
import io.hfmine.reports.svg.HeatMapSvg;
import io.hfmine.reports.svg.LineChartSvg;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The report's SE-task section: which models and datasets serve which SDLC activities and tasks. */
public final class SeTaskSection {
  private static final String COLOUR = "#8d5a97";

  private SeTaskSection() {
  }

  public static void append(SeTaskReportData data, ReportDocument doc) {
    doc.heading(2, "SE tasks of models and datasets");
    if (!data.present()) {
      doc.paragraph("No SE-task classification is stored yet: run `hfmine models classify-se` (stage se-tasks).");
      return;
    }
    doc.paragraph("Counts below use the " + data.basis() + ". The funnels above (selections \"se-tasks models\" and "
        + "\"se-tasks datasets\") show how many items each step kept; every match and the rule that dropped it is in "
        + "table se_task_matches.");
    doc.heading(3, "Documentation status");
    doc.table(List.of("items", "no card", "empty card", "card without SE task", "card with SE task"), data.cardStatus(),
        true);

    doc.heading(3, "Items per activity");
    List<Bar> bars = new ArrayList<>();
    List<List<String>> rows = new ArrayList<>();
    for (Map.Entry<String, long[]> activity : data.itemsPerActivity().entrySet()) {
      String name = data.names().getOrDefault(activity.getKey(), activity.getKey());
      bars.add(new Bar(name, activity.getValue()[0] + activity.getValue()[1]));
      rows.add(List.of(name, Long.toString(activity.getValue()[0]), Long.toString(activity.getValue()[1])));
    }
    long total = bars.stream().mapToLong(Bar::value).sum();
    String caption = String.format(Locale.ROOT, "Models and datasets per SDLC activity (%,d item-activity pairs; an "
        + "item serving several activities counts in each).", total);
    doc.figure("se-tasks-activities", BarChartSvg.render(caption, bars, COLOUR, 220), caption);
    doc.table(List.of("activity", "models", "datasets"), rows, true);
    doc.heading(3, "Most frequent tasks per activity");
    doc.table(List.of("activity", "task", "items"), data.topTasks(), false);

    if (!data.pipelineTags().isEmpty()) {
      doc.heading(3, "ML task (pipeline tag) by SE activity");
      String heatCaption = "Models per SE activity (rows) and Hub pipeline tag (columns).";
      doc.figure("se-tasks-pipeline-tags", HeatMapSvg.render(heatCaption, displayNames(data), data.pipelineTags(),
          data.activityByPipelineTag()), heatCaption);
    }
    if (!data.quarters().isEmpty()) {
      doc.heading(3, "Growth per quarter");
      String growthCaption = String.format(Locale.ROOT, "Models and datasets per activity created up to each quarter "
          + "since %d (cumulative; the Hub dates repositories older than March 2022 to 2022-03-02).",
          SeTaskReportReader.FIRST_YEAR);
      doc.figure("se-tasks-growth", LineChartSvg.render(growthCaption, data.quarters(), data.growth()), growthCaption);
    }
    doc.heading(3, "Activities served together");
    String pairCaption = "Items serving both activities (the diagonal: items serving the activity).";
    doc.figure("se-tasks-cooccurrence", HeatMapSvg.render(pairCaption, displayNames(data), displayNames(data),
        data.cooccurrence()), pairCaption);
    doc.heading(3, "Licences per activity");
    doc.table(List.of("activity", "licence", "models"), data.licences(), false);
    doc.heading(3, "Base models");
    if (data.baseModels().isEmpty()) {
      doc.paragraph("No SE model names a base_model in its card metadata.");
    } else {
      doc.table(List.of("base model", "SE models"), data.baseModels(), true);
    }
    doc.heading(3, "Benchmarks in card tables");
    if (data.benchmarks().isEmpty()) {
      doc.paragraph("No configured benchmark (se-tasks.benchmarks) appears in the tables of these cards.");
    } else {
      doc.table(List.of("benchmark", "items", "median value", "max value"), data.benchmarks(), true);
    }
    doc.heading(3, "Validation of the LLM step");
    if (data.validations().isEmpty()) {
      doc.paragraph("No pilot or generalisation sample has been validated yet (hfmine annotate se-tasks).");
    } else {
      doc.table(List.of("sample", "activity", "annotator", "items", "agreement", "Cohen's kappa", "passed"),
          data.validations(), false);
    }
  }

  private static List<String> displayNames(SeTaskReportData data) {
    return data.activities().stream().map(a -> data.names().getOrDefault(a, a)).toList();
  }
}

package io.hfmine.web.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import io.hfmine.analyzers.issues.IssueClassification;
import io.hfmine.analyzers.issues.IssueId;
import io.hfmine.analyzers.issues.IssueLabellers;
import io.hfmine.analyzers.issues.IssueSettings;
import io.hfmine.analyzers.issues.evaluation.BinaryCounts;
import io.hfmine.analyzers.issues.evaluation.EvaluationIntervals;
import io.hfmine.analyzers.issues.evaluation.EvaluationReport;
import io.hfmine.analyzers.issues.evaluation.GoldEvaluation;
import io.hfmine.analyzers.issues.sampling.AnnotationColumns;
import io.hfmine.datasets.csv.CsvTable;
import io.hfmine.datasets.progress.Progress;
import io.hfmine.datasets.store.Store;
import io.hfmine.web.ServeSpec;
import io.hfmine.web.StudyFixture;
import io.hfmine.web.WebServer;
import io.hfmine.web.html.Markup;
import io.hfmine.web.http.WebClient;
import io.hfmine.web.table.Rows;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workspace's evaluation panel: a sample annotated through the server, labelled by the real
 * rules labeller, scored as {@code annotate evaluate} scores it. The expected figures are computed
 * here from the answers the test gives and the labels the rules stored; for an enriched sample also
 * from which stratum each issue was written for.
 */
class EvaluationPanelTest {
  private static final ServeSpec SPEC = StudyFixture.spec();
  private static final IssueSettings ISSUES = SPEC.issues();
  private static final String THEME = "MU";

  @TempDir
  Path dir;

  /** The fixture, its issues and two strata's issues ({@link TwoStrataIssues}), labelled by the rules. */
  private static Store labelledStore(Map<IssueId, String> written) {
    Store store = StudyFixture.store();
    written.putAll(TwoStrataIssues.insert(store));
    IssueClassification.run(store, IssueLabellers.rules(store, ISSUES), null, Progress.NONE);
    return store;
  }

  private static Map<String, String> drawForm(String token, String... pairs) {
    Map<String, String> form = new HashMap<>(Map.of("_token", token, "seed", "3", "task", "relevance"));
    for (int i = 0; i < pairs.length; i += 2) {
      form.put(pairs[i], pairs[i + 1]);
    }
    return form;
  }

  /** Saves one annotation through the workspace's form. */
  private static void annotate(WebClient client, String token, String sample, String annotator, int at, String ptm,
      String theme, String type) throws Exception {
    Map<String, String> form = new HashMap<>(Map.of("_token", token, "sample", sample, "annotator", annotator, "at",
        String.valueOf(at), "ptm", ptm, "type", type, "note", ""));
    if (theme != null) {
      form.put("theme", theme);
    }
    HttpResponse<String> saved = client.post("/annotate/save", form, Map.of());
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
  }

  private static void leaveBlindMode(WebClient client, String token, String sample, String annotator) throws Exception {
    assertThat(client.post("/annotate/blind", Map.of("_token", token, "sample", sample, "annotator", annotator, "at", "1",
        "blind", "off"), Map.of()).statusCode()).isEqualTo(303);
  }

  private static Map<IssueId, Boolean> storedRulesAnswers(Store store) {
    Map<IssueId, Boolean> answers = new HashMap<>();
    store.read(connection -> Rows.all(connection, "SELECT repository, issue_number, value FROM issue_labels "
        + "WHERE source = 'rules' AND label_kind = 'ptm'")).forEach(row -> answers.put(id(row),
        Boolean.parseBoolean((String) row.get("value"))));
    return answers;
  }

  private static Map<IssueId, String> storedRulesPrimaryThemes(Store store) {
    Map<IssueId, String> themes = new HashMap<>();
    store.read(connection -> Rows.all(connection, "SELECT repository, issue_number, value FROM issue_labels "
        + "WHERE source = 'rules' AND label_kind = 'theme' AND rank = 0")).forEach(row -> themes.put(id(row),
        (String) row.get("value")));
    return themes;
  }

  private static IssueId id(Map<String, Object> row) {
    return new IssueId((String) row.get("repository"), ((Number) row.get("issue_number")).intValue());
  }

  private static String f3(double value) {
    return String.format(Locale.ROOT, "%.3f", value);
  }

  /** The cells of the panel's row {@code <tr ATTR="KEY">}, by class. */
  private static Map<String, String> row(String page, String attribute, String key) {
    int start = page.indexOf("<tr " + attribute + "=\"" + key + "\">");
    assertThat(start).as("row " + attribute + "=" + key).isNotNegative();
    String row = page.substring(start, page.indexOf("</tr>", start));
    Map<String, String> cells = new LinkedHashMap<>();
    Matcher cell = Pattern.compile("<td class=\"num ([\\w-]+)\">([^<]*)</td>").matcher(row);
    while (cell.find()) {
      cells.put(cell.group(1), cell.group(2));
    }
    return cells;
  }

  /** A figure as the panel shows it: blank where there is none. */
  private static String shown(double value) {
    return Double.isNaN(value) ? "" : f3(value);
  }

  private static String span(String page, String id) {
    Matcher matcher = Pattern.compile("<span id=\"" + id + "\">([^<]*)</span>").matcher(page);
    assertThat(matcher.find()).as(id).isTrue();
    return matcher.group(1);
  }

  private static Map<String, String> prf(double tp, double fp, double fn) {
    return Map.of("precision", f3(tp + fp == 0 ? 0 : tp / (tp + fp)), "recall", f3(tp + fn == 0 ? 0 : tp / (tp + fn)),
        "f1", f3(tp == 0 ? 0 : 2 * tp / (2 * tp + fp + fn)));
  }

  @Test
  void aPlainSampleIsScoredAgainstTheGoldAnnotatorAsAnnotateEvaluateScoresIt() throws Exception {
    Map<IssueId, String> written = new HashMap<>();
    try (Store store = labelledStore(written); WebServer server = WebServer.start(store, SPEC)) {
      WebClient client = new WebClient(server.url());
      String token = client.tokenOf("/annotate");
      assertThat(client.post("/annotate/samples", drawForm(token, "name", "pilot", "size", "12"), Map.of()).statusCode())
          .isEqualTo(303);
      List<IssueId> sample = SampleRecords.issues(store, "pilot");
      assertThat(sample).hasSize(12);
      Map<IssueId, Boolean> predicted = storedRulesAnswers(store);
      Map<IssueId, String> primary = storedRulesPrimaryThemes(store);

      // gold: the first issue with a type only (blank relevance), the last not annotated, the second and
      // third answered against what the issue was written as, every PTM-related answer with theme MU.
      Map<IssueId, Boolean> answers = new LinkedHashMap<>();
      for (int at = 1; at <= sample.size(); at++) {
        IssueId issue = sample.get(at - 1);
        if (at == 1) {
          annotate(client, token, "pilot", "gold", at, "", null, "bug");
        } else if (at < sample.size()) {
          boolean reuse = !"R".equals(written.get(issue));
          boolean answer = at == 2 || at == 3 ? !reuse : reuse;
          annotate(client, token, "pilot", "gold", at, answer ? "yes" : "no", answer ? THEME : null, "");
          answers.put(issue, answer);
        }
      }
      annotate(client, token, "pilot", "ann", 1, "yes", null, "");
      leaveBlindMode(client, token, "pilot", "res");

      String page = client.get(WorkspacePage.link("pilot", "res", 1)).body();

      int tp = 0;
      int fp = 0;
      int fn = 0;
      int tn = 0;
      int themed = 0;
      int themeHits = 0;
      for (Map.Entry<IssueId, Boolean> answer : answers.entrySet()) {
        boolean g = answer.getValue();
        boolean p = predicted.get(answer.getKey());
        tp += g && p ? 1 : 0;
        fp += !g && p ? 1 : 0;
        fn += g && !p ? 1 : 0;
        tn += !g && !p ? 1 : 0;
        if (g) {
          themed++;
          themeHits += THEME.equals(primary.get(answer.getKey())) ? 1 : 0;
        }
      }
      assertThat(tp + fn).as("gold PTM-related issues").isPositive();
      assertThat(fp + fn).as("errors to score").isPositive();
      assertThat(page).contains("<option value=\"gold\" selected>gold (11 issues)</option>",
          "<option value=\"ann\">ann (1 issues)</option>", "<option value=\"rules\" selected>rules (12 issues)</option>",
          "Method <b>rules</b>: labels of 12 of the sample's 12 issues");
      assertThat(span(page, "gold-issues")).isEqualTo("11");
      assertThat(span(page, "relevance-issues")).isEqualTo("10");
      assertThat(span(page, "relevance-blank")).isEqualTo("1");
      assertThat(page).contains("annotated 11 (1 not yet, left out)", "themes on " + themed + " gold PTM-related issues");
      Map<String, String> ptm = new HashMap<>(prf(tp, fp, fn));
      ptm.put("support", String.valueOf(tp + fn));
      assertThat(row(page, "data-label", "ptm")).isEqualTo(ptm);
      assertThat(row(page, "data-measure", "ptm")).containsEntry("value", f3((double) (tp + tn) / answers.size()));
      assertThat(row(page, "data-measure", "theme")).containsEntry("value", f3((double) themeHits / themed));
      assertThat(page).doesNotContain("evaluation-strata");

      // The CLI on the same answers (the sample's CSV of gold, the rules run afresh) prints the same figures.
      Path goldCsv = dir.resolve("gold.csv");
      // The sheet names gold on every row; the row gold left blank is left out, as a sheet being annotated is.
      StringBuilder sheet = new StringBuilder(CsvTable.record(AnnotationColumns.ALL));
      CsvTable.parse(client.get("/annotate/sample.csv?sample=pilot&annotator=gold").body(), "sheet",
          CsvTable.Width.UP_TO_HEADER).stream().filter(r -> !r.get(AnnotationColumns.ID).equals(sample.getLast().toString()))
          .forEach(r -> sheet.append(CsvTable.record(AnnotationColumns.ALL.stream().map(r::get).toList())));
      Files.writeString(goldCsv, sheet.toString());
      GoldEvaluation.Outcome outcome = GoldEvaluation.run(store, SPEC.taxonomy(), goldCsv, "gold",
          IssueLabellers.rules(store, ISSUES), Progress.NONE);
      EvaluationReport cli = outcome.report();
      assertThat(cli.issues()).isEqualTo(11);
      Map<String, BinaryCounts> labels = new LinkedHashMap<>();
      cli.themes().forEach((code, c) -> {
        if (c.occurs()) {
          labels.put(code, c);
        }
      });
      cli.subThemes().forEach((code, c) -> {
        if (c.occurs()) {
          labels.put(code, c);
        }
      });
      labels.forEach((label, c) -> assertThat(row(page, "data-label", label)).as(label).isEqualTo(Map.of("precision",
          f3(c.precision()), "recall", f3(c.recall()), "f1", f3(c.f1()), "support", String.valueOf(c.support()))));
      assertThat(row(page, "data-label", "theme macro-F1")).containsEntry("f1", f3(cli.themeMacroF1()));
      assertThat(row(page, "data-label", "sub-theme macro-F1")).containsEntry("f1", f3(cli.subThemeMacroF1()));
      assertThat(row(page, "data-measure", "theme-end-to-end")).containsEntry("value", f3(cli.endToEndThemeAccuracy()));
      assertThat(row(page, "data-measure", "theme-exact")).containsEntry("value", f3(cli.exactThemeAccuracy()));
      assertThat(row(page, "data-measure", "subtheme")).containsEntry("value", f3(cli.subThemeAccuracy()));
      // ... and the same intervals, with the command's resamples and seed.
      EvaluationIntervals.of(SPEC.taxonomy(), outcome.gold(), outcome.predicted(), EvaluationIntervals.DEFAULT_RESAMPLES,
          EvaluationIntervals.DEFAULT_SEED, EvaluationIntervals.DEFAULT_CONFIDENCE).figures().forEach((figure, interval) ->
          assertThat(row(page, "data-figure", figure.label())).as(figure.label()).isEqualTo(Map.of("value", shown(interval.value()),
              "low", shown(interval.low()), "high", shown(interval.high()))));
      assertThat(page).contains("resamples of the gold issues' ");

      // Another reference, chosen in the panel.
      String ann = client.get(WorkspacePage.link("pilot", "res", 1) + "&reference=ann").body();
      assertThat(ann).contains("<option value=\"ann\" selected>");
      assertThat(span(ann, "gold-issues")).isEqualTo("1");
      // The choice stays while the annotator moves on: in the links, and through a save.
      assertThat(ann).contains("id=\"next\" href=\"/annotate/sample?sample=pilot&amp;annotator=res&amp;at=2&amp;reference=ann\"",
          "<input type=\"hidden\" name=\"reference\" value=\"ann\">");
      HttpResponse<String> saved = client.post("/annotate/save", Map.of("_token", token, "sample", "pilot", "annotator",
          "res", "at", "1", "ptm", "yes", "type", "", "note", "", "reference", "ann"), Map.of());
      assertThat(saved.headers().firstValue("Location")).hasValue(WorkspacePage.link("pilot", "res", 2) + "&reference=ann");
    }
  }

  @Test
  void anEnrichedSampleAlsoGetsItsFiguresPerStratumAndWeightedBackToTheRepositoriesIssues() throws Exception {
    Map<IssueId, String> written = new HashMap<>();
    try (Store store = labelledStore(written); WebServer server = WebServer.start(store, SPEC)) {
      WebClient client = new WebClient(server.url());
      String token = client.tokenOf("/annotate");
      HttpResponse<String> drawn = client.post("/annotate/samples", drawForm(token, "name", "round", "size", "12",
          "enrich", "6", "per_repository", "4,3"), Map.of());
      assertThat(drawn.statusCode()).as(drawn.body()).isEqualTo(303);
      List<IssueId> sample = SampleRecords.issues(store, "round");
      Map<IssueId, String> recorded = new HashMap<>();
      SampleRecords.strata(store, "round").forEach(c -> recorded.put(c.issue().id(), c.stratum().name()));

      // Only the issues written for a stratum are annotated (the fixture's own are left out); the
      // annotator disagrees with what the issue was written as once in each stratum.
      List<IssueId> gold = sample.stream().filter(written::containsKey).toList();
      gold.forEach(issue -> assertThat(recorded.get(issue)).as("the draw's stratum of " + issue)
          .isEqualTo(written.get(issue)));
      IssueId firstP = gold.stream().filter(i -> written.get(i).equals("P")).findFirst().orElseThrow();
      IssueId firstR = gold.stream().filter(i -> written.get(i).equals("R")).findFirst().orElseThrow();
      Map<IssueId, Boolean> answers = new LinkedHashMap<>();
      for (IssueId issue : gold) {
        boolean answer = written.get(issue).equals("P") != (issue.equals(firstP) || issue.equals(firstR));
        annotate(client, token, "round", "gold", sample.indexOf(issue) + 1, answer ? "yes" : "no", null, "");
        answers.put(issue, answer);
      }
      leaveBlindMode(client, token, "round", "res");
      String page = client.get(WorkspacePage.link("round", "res", 1)).body();

      Set<String> repositories = new TreeSet<>();
      gold.forEach(issue -> repositories.add(issue.repository()));
      Map<String, Long> population = new HashMap<>();
      written.forEach((issue, stratum) -> {
        if (repositories.contains(issue.repository())) {
          population.merge(stratum, 1L, Long::sum);
        }
      });
      Map<String, Long> labelled = new HashMap<>();
      Map<String, Long> related = new HashMap<>();
      gold.forEach(issue -> {
        labelled.merge(written.get(issue), 1L, Long::sum);
        related.merge(written.get(issue), answers.get(issue) ? 1L : 0L, Long::sum);
      });
      Map<IssueId, Boolean> predicted = storedRulesAnswers(store);
      WeightedConfusion counts = WeightedConfusion.of(gold, written::get, population, answers::get, predicted::get);
      double tp = counts.tp();
      double fp = counts.fp();
      double fn = counts.fn();
      double total = counts.total();
      long populationSize = population.values().stream().mapToLong(Long::longValue).sum();
      assertThat(total).isCloseTo(populationSize, org.assertj.core.data.Offset.offset(1e-9));

      assertThat(page).contains("weighted to the " + populationSize + " issues of the gold issues' "
          + repositories.size() + " repositories");
      Map<String, String> weighted = new HashMap<>(prf(tp, fp, fn));
      weighted.put("labelled", String.valueOf(gold.size()));
      weighted.put("issues", String.valueOf(populationSize));
      assertThat(row(page, "data-stratum", "weighted")).isEqualTo(weighted);
      for (String stratum : List.of("P", "R")) {
        assertThat(row(page, "data-stratum", stratum)).as(stratum)
            .containsEntry("labelled", String.valueOf(labelled.get(stratum)))
            .containsEntry("ptm-related", String.valueOf(related.get(stratum)))
            .containsEntry("issues", String.valueOf(population.get(stratum)))
            .containsEntry("weight", String.format(Locale.ROOT, "%.2f",
                (double) population.get(stratum) / labelled.get(stratum)));
      }
      assertThat(span(page, "gold-share")).isEqualTo(String.format(Locale.ROOT, "%.1f %%", 100 * (tp + fn) / total));
      assertThat(span(page, "method-share")).isEqualTo(String.format(Locale.ROOT, "%.1f %%", 100 * (tp + fp) / total));
      assertThat(page).doesNotContain("strata-moved");
      assertThat(span(page, "gold-issues")).isEqualTo(String.valueOf(gold.size()));
      assertThat(page).contains("(" + (sample.size() - gold.size()) + " not yet, left out)");
    }
  }

  @Test
  void theMethodThatLabelledLastIsTheDefaultAndThePanelSaysWhichModelMadeItsLabels() throws Exception {
    Map<IssueId, String> written = new HashMap<>();
    try (Store store = labelledStore(written); WebServer server = WebServer.start(store, SPEC)) {
      WebClient client = new WebClient(server.url());
      String token = client.tokenOf("/annotate");
      assertThat(client.post("/annotate/samples", drawForm(token, "name", "s", "size", "5"), Map.of()).statusCode())
          .isEqualTo(303);
      List<IssueId> sample = SampleRecords.issues(store, "s");
      // A classifier trained in the store, then its labels and a chat model's of three issues, later than the rules'.
      store.transaction(connection -> {
        try (var statement = connection.createStatement()) {
          statement.execute("INSERT INTO issue_classifiers VALUES ('default', 'round-1.csv', 40, 900, ''::BLOB, "
              + "now() + INTERVAL 1 HOUR)");
          for (IssueId issue : sample.subList(0, 3)) {
            for (String[] label : List.of(new String[] {"classifier", "P(ptm) = 0.9"},
                new String[] {"llm", "qwen2.5:7b: ptm: yes | themes: MU.IO"})) {
              statement.execute("INSERT INTO issue_labels (repository, issue_number, label_kind, value, source, "
                  + "confidence, evidence, labelled_at) VALUES ('" + issue.repository() + "', " + issue.number()
                  + ", 'ptm', 'true', '" + label[0] + "', 0.9, '" + label[1] + "', now() + INTERVAL "
                  + (label[0].equals("llm") ? 3 : 2) + " HOUR)");
            }
          }
        }
        return null;
      });
      annotate(client, token, "s", "zoe", 1, "no", null, "");
      leaveBlindMode(client, token, "s", "res");

      String page = client.get(WorkspacePage.link("s", "res", 1)).body();
      assertThat(page).contains("<option value=\"llm\" selected>llm (3 issues)</option>",
          "<option value=\"classifier\">classifier (3 issues)</option>", "<option value=\"rules\">rules (5 issues)</option>",
          "<option value=\"zoe\" selected>zoe (1 issues)</option>", "Method <b>llm</b>: labels of 3 of the sample's 5 issues",
          "; chat model qwen2.5:7b.</p>");
      String classifier = client.get(WorkspacePage.link("s", "res", 1) + "&method=classifier").body();
      assertThat(classifier).contains(Markup.text("; the store's classifier, trained on round-1.csv (40 issues) at "));
      // Retrained after it labelled: the labels are not that classifier's.
      store.transaction(connection -> {
        try (var statement = connection.createStatement()) {
          statement.execute("UPDATE issue_classifiers SET trained_at = now() + INTERVAL 5 HOUR");
        }
        return null;
      });
      assertThat(client.get(WorkspacePage.link("s", "res", 1) + "&method=classifier").body()).contains(Markup.text(
          "; labelled before the store's classifier was trained on round-1.csv (40 issues) at "),
          "so by an earlier one or the one shipped with hfmine");
      String unknown = client.get(WorkspacePage.link("s", "res", 1) + "&method=oracle").body();
      assertThat(unknown).contains("No labels of method oracle on this sample's issues.").doesNotContain("evaluation-figures");
    }
  }

  @Test
  void blindModeHidesThePanelAndAStoreWithoutMethodLabelsNamesTheCommandThatMakesThem() throws Exception {
    try (Store store = StudyFixture.store(); WebServer server = WebServer.start(store, SPEC)) {
      WebClient client = new WebClient(server.url());
      String token = client.tokenOf("/annotate");
      assertThat(client.post("/annotate/samples", drawForm(token, "name", "s", "size", "4"), Map.of()).statusCode())
          .isEqualTo(303);
      annotate(client, token, "s", "gold", 1, "yes", null, "");
      String blind = client.get(WorkspacePage.link("s", "zed", 1)).body();
      assertThat(blind).contains("id=\"evaluation-hidden\"").doesNotContain("evaluation-figures", "evaluation-choice");

      store.transaction(connection -> {
        try (var delete = connection.createStatement()) {
          delete.execute("DELETE FROM issue_labels WHERE NOT starts_with(source, 'human:')");
        }
        return null;
      });
      leaveBlindMode(client, token, "s", "zed");
      String page = client.get(WorkspacePage.link("s", "zed", 1)).body();
      assertThat(page).contains("id=\"no-method-labels\"", "run <code>hfmine issues classify</code>")
          .doesNotContain("evaluation-figures");
    }
  }
}

package io.hfmine.web.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import io.hfmine.analyzers.issues.IssueId;
import io.hfmine.analyzers.issues.IssueText;
import io.hfmine.analyzers.issues.sampling.AnnotationExport;
import io.hfmine.analyzers.issues.sampling.AnnotationImport;
import io.hfmine.analyzers.issues.sampling.AnnotationSettings;
import io.hfmine.analyzers.issues.taxonomy.Taxonomy;
import io.hfmine.datasets.store.Store;
import io.hfmine.web.StudyFixture;
import io.hfmine.web.WebServer;
import io.hfmine.web.http.WebClient;
import io.hfmine.web.table.Rows;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The browser and an annotation CSV write the same rows through the same path, in both directions. */
class AnnotationInterchangeTest {
  private static final Taxonomy TAXONOMY = StudyFixture.spec().taxonomy();
  private static final String LABELS = "SELECT repository, issue_number, annotator, ptm, themes, subthemes, issue_type, "
      + "note FROM annotations ORDER BY ALL";
  private static final String HUMAN_LABELS = "SELECT repository, issue_number, label_kind, value, source, confidence, "
      + "evidence FROM issue_labels WHERE source LIKE 'human:%' ORDER BY ALL";

  @TempDir
  Path dir;

  private static List<Map<String, Object>> rows(Store store, String sql) {
    return store.read(connection -> Rows.all(connection, sql));
  }

  @Test
  void theFormAndAnImportedCsvStoreIdenticalAnnotationsAndLabels() throws Exception {
    try (Store browser = StudyFixture.store(); Store spreadsheet = StudyFixture.store()) {
      new AnnotationForm(new IssueId("dev/app", 1), "alice", "yes", List.of("MU"), List.of("MU.IO", "HR.MEM"), "bug",
          "shape error").save(browser, TAXONOMY, "s1");
      new AnnotationForm(new IssueId("dev/app", 2), "alice", "no", List.of(), List.of(), "", "").save(browser, TAXONOMY, "s1");
      new AnnotationForm(new IssueId("dev/app", 3), "alice", "", List.of(), List.of(), "question", null)
          .save(browser, TAXONOMY, "s1");
      Path csv = dir.resolve("alice.csv");
      Files.writeString(csv, """
          id,url,title,body_excerpt,ptm,themes,subthemes,type,annotator,note
          dev/app#1,,,,yes,MU,MU.IO;HR.MEM,bug,alice,shape error
          dev/app#2,,,,no,,,,alice,
          dev/app#3,,,,,,,question,alice,
          """);
      AnnotationImport.run(spreadsheet, TAXONOMY, csv, null);
      assertThat(rows(browser, LABELS)).isEqualTo(rows(spreadsheet, LABELS)).hasSize(3);
      assertThat(rows(browser, HUMAN_LABELS)).isEqualTo(rows(spreadsheet, HUMAN_LABELS));
      assertThat(rows(browser, "SELECT DISTINCT source_file FROM annotations")).extracting(r -> r.get("source_file"))
          .containsExactly("hfmine serve, sample s1");
    }
  }

  @Test
  void aSampleDrawnInTheBrowserHoldsTheIssuesTheCsvExportWrites() throws Exception {
    try (Store store = StudyFixture.store()) {
      AnnotationExport.Spec spec = new AnnotationExport.Spec(AnnotationExport.Task.relevance, "human",
          AnnotationExport.Design.plain(4, 7, true), null, new AnnotationExport.Output(null, dir.resolve("export.csv"), null));
      SampleRecords.draw(store, "pilot", spec, null, null);
      AnnotationExport.export(store, spec, new AnnotationSettings(100));
      List<String> exported = Files.readAllLines(spec.output().out()).stream().skip(1).map(l -> l.substring(0, l.indexOf(',')))
          .toList();
      assertThat(SampleRecords.issues(store, "pilot")).extracting(IssueId::toString).containsExactlyElementsOf(exported)
          .hasSize(4);
      List<IssueText> drawnAgain = AnnotationExport.draw(store, spec);
      assertThat(drawnAgain).extracting(i -> i.id().toString()).containsExactlyElementsOf(exported);
    }
  }

  @Test
  void aWorkspaceCsvDownloadImportsBackAndFormErrorsReadAsImportErrors() throws Exception {
    try (Store store = StudyFixture.store(); WebServer server = WebServer.start(store, StudyFixture.spec())) {
      WebClient client = new WebClient(server.url());
      String token = client.tokenOf("/annotate");
      assertThat(client.post("/annotate/samples", Map.of("name", "s", "size", "3", "seed", "5", "task", "relevance",
          "_token", token), Map.of()).statusCode()).isEqualTo(303);
      IssueId first = SampleRecords.issues(store, "s").get(0);
      HttpResponse<String> saved = client.post("/annotate/save", Map.of("sample", "s", "annotator", "bob", "at", "1",
          "ptm", "yes", "subtheme", "SE.INSTALL", "type", "bug", "_token", token), Map.of());
      assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
      assertThat(saved.headers().firstValue("Location").orElse("")).contains("at=2");
      HttpResponse<String> wrong = client.post("/annotate/save", Map.of("sample", "s", "annotator", "bob", "at", "2",
          "ptm", "no", "theme", "HR", "_token", token), Map.of());
      assertThat(wrong.statusCode()).isEqualTo(422);
      assertThat(wrong.body()).contains("themes given but ptm is &#39;no&#39;");
      assertThat(rows(store, LABELS)).singleElement().satisfies(row -> {
        assertThat(row.get("issue_number")).isEqualTo(first.number());
        assertThat(row.get("themes")).isEqualTo(List.of("SE"));
      });
      for (String at : List.of("2", "3")) {
        assertThat(client.post("/annotate/save", Map.of("sample", "s", "annotator", "bob", "at", at, "ptm", "no",
            "_token", token), Map.of()).statusCode()).isEqualTo(303);
      }
      HttpResponse<String> csv = client.get("/annotate/sample.csv?sample=s&annotator=bob");
      assertThat(csv.body().lines().toList()).hasSize(4);
      Path file = dir.resolve("bob.csv");
      Files.writeString(file, csv.body().replace(",bob,", ",carol,"));
      assertThat(AnnotationImport.run(store, TAXONOMY, file, null).perAnnotator()).containsEntry("carol", 3);
      String byAnnotator = "SELECT repository, issue_number, ptm, themes, subthemes, issue_type FROM annotations "
          + "WHERE annotator = ? ORDER BY ALL";
      List<Map<String, Object>> carol = store.read(c -> Rows.all(c, byAnnotator, "carol"));
      assertThat(carol).isEqualTo(store.read(c -> Rows.all(c, byAnnotator, "bob"))).hasSize(3);
      assertThat(carol.get(0).get("subthemes")).isIn(List.of("SE.INSTALL"), List.of());
    }
  }
}

package io.hfmine.web.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import io.hfmine.analyzers.issues.IssueId;
import io.hfmine.analyzers.issues.IssueSettings;
import io.hfmine.analyzers.issues.IssueText;
import io.hfmine.analyzers.issues.sampling.AnnotationColumns;
import io.hfmine.analyzers.issues.sampling.AnnotationExport;
import io.hfmine.analyzers.issues.sampling.EnrichmentDesign;
import io.hfmine.analyzers.issues.sampling.SampleManifest;
import io.hfmine.datasets.csv.CsvTable;
import io.hfmine.datasets.store.Store;
import io.hfmine.web.ServeSpec;
import io.hfmine.web.StudyFixture;
import io.hfmine.web.WebServer;
import io.hfmine.web.html.Markup;
import io.hfmine.web.http.WebClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The draw form's enriched sample is {@code annotate export --enrich}'s: the same issues in the same
 * order, the same strata in the same manifest bytes, kept from the annotators.
 */
class EnrichedDrawTest {
  private static final ServeSpec SPEC = StudyFixture.spec();
  private static final IssueSettings ISSUES = SPEC.issues();

  @TempDir
  Path dir;

  /** The fixture and issues of two more repositories: some that name a model, some that never speak of one. */
  private static Store store() {
    Store store = StudyFixture.store();
    store.transaction(connection -> {
      try (PreparedStatement insert = connection.prepareStatement("INSERT INTO issues (repository, number, title, body, "
          + "state, labels, comments_count, created_at, closed_at, source) VALUES (?, ?, ?, ?, 'open', [], 0, "
          + "TIMESTAMP '2024-02-01 10:00:00', NULL, 'github')")) {
        for (int n = 1; n <= 5; n++) {
          insert.setString(1, "dev/other");
          insert.setInt(2, n);
          insert.setString(3, "The settings page " + n + " shows the wrong colour");
          insert.setString(4, "Clicking save on tab " + n + " does nothing in Firefox.");
          insert.addBatch();
          insert.setString(1, "lab/finetune");
          insert.setInt(2, n);
          insert.setString(3, "Fine-tuning acme/tiny fails at step " + n);
          insert.setString(4, "AutoModel.from_pretrained(\"acme/tiny\") loads, then the fine-tuned checkpoint "
              + "will not load: size mismatch for classifier.weight.");
          insert.addBatch();
        }
        insert.executeBatch();
      }
      return null;
    });
    return store;
  }

  private static Map<String, String> form(String token, String... pairs) {
    Map<String, String> form = new HashMap<>(Map.of("_token", token, "seed", "3", "task", "relevance"));
    for (int i = 0; i < pairs.length; i += 2) {
      form.put(pairs[i], pairs[i + 1]);
    }
    return form;
  }

  private static List<String> ids(String csv) {
    return CsvTable.parse(csv, "test", CsvTable.Width.UP_TO_HEADER).stream().map(row -> row.get(AnnotationColumns.ID))
        .toList();
  }

  @Test
  void anEnrichedSampleDrawnInTheBrowserIsTheOneAnnotateExportWritesWithItsManifest() throws Exception {
    try (Store store = store(); WebServer server = WebServer.start(store, SPEC)) {
      WebClient client = new WebClient(server.url());
      String token = client.tokenOf("/annotate");
      HttpResponse<String> drawn = client.post("/annotate/samples", form(token, "name", "round-2", "size", "8",
          "enrich", "50%", "per_repository", "3, 2"), Map.of());
      assertThat(drawn.statusCode()).as(drawn.body()).isEqualTo(303);

      EnrichmentDesign design = EnrichmentDesign.parse(8, "50%", "3, 2");
      AnnotationExport.Spec spec = new AnnotationExport.Spec(AnnotationExport.Task.relevance, "human",
          new AnnotationExport.Design(8, 3, false, design), null,
          new AnnotationExport.Output(null, dir.resolve("sheet.csv"), dir.resolve("manifest.csv")));
      AnnotationExport.Draw exported = AnnotationExport.export(store, spec, ISSUES);
      String manifest = Files.readString(spec.output().manifest());
      assertThat(manifest).contains(",P\r\n", ",R\r\n");

      assertThat(SampleRecords.issues(store, "round-2")).extracting(IssueId::toString)
          .containsExactlyElementsOf(ids(Files.readString(spec.output().out()))).hasSize(exported.issues().size());
      HttpResponse<String> strata = client.get("/annotate/strata.csv?sample=round-2");
      assertThat(strata.statusCode()).isEqualTo(200);
      assertThat(strata.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
      assertThat(strata.body()).isEqualTo(manifest).isEqualTo(SampleManifest.csv(exported.enriched().issues()));

      String list = client.get("/annotate").body();
      assertThat(list).contains("enriched: " + Markup.text(design.describe()),
          "href=\"/annotate/strata.csv?sample=round-2\"");
    }
  }

  @Test
  void theAnnotatorsWorkspaceAndTheSampleCsvNeverShowTheStratum() throws Exception {
    try (Store store = store(); WebServer server = WebServer.start(store, SPEC)) {
      WebClient client = new WebClient(server.url());
      String token = client.tokenOf("/annotate");
      assertThat(client.post("/annotate/samples", form(token, "name", "blind", "size", "6", "enrich", "3"), Map.of())
          .statusCode()).isEqualTo(303);
      int size = SampleRecords.issues(store, "blind").size();
      assertThat(SampleRecords.strata(store, "blind")).extracting(c -> c.stratum().name()).contains("P", "R");
      for (int at = 1; at <= size; at++) {
        String page = client.get(WorkspacePage.link("blind", "ann", at)).body();
        assertThat(page).doesNotContainIgnoringCase("stratum").doesNotContainIgnoringCase("strata")
            .doesNotContainIgnoringCase("prescreen").doesNotContainIgnoringCase("enriched");
      }
      String csv = client.get("/annotate/sample.csv?sample=blind&annotator=ann").body();
      assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo(String.join(",", AnnotationColumns.ALL));
      assertThat(CsvTable.parse(csv, "sheet", CsvTable.Width.UP_TO_HEADER)).hasSize(size)
          .allSatisfy(row -> assertThat(row.header()).containsExactlyElementsOf(AnnotationColumns.ALL));
    }
  }

  @Test
  void leavingOutAnnotatedIssuesAndEarlierSamplesIsTheExportsExclusion() throws Exception {
    try (Store store = store(); WebServer server = WebServer.start(store, SPEC)) {
      WebClient client = new WebClient(server.url());
      String token = client.tokenOf("/annotate");
      assertThat(client.post("/annotate/samples", form(token, "name", "first", "size", "4"), Map.of()).statusCode())
          .isEqualTo(303);
      List<IssueId> first = SampleRecords.issues(store, "first");
      IssueId annotated = java.util.stream.IntStream.rangeClosed(1, 5).mapToObj(n -> new IssueId("lab/finetune", n))
          .filter(id -> !first.contains(id)).findFirst().orElseThrow();
      new AnnotationForm(annotated, "zoe", "yes", List.of(), List.of(), "", "").save(store, SPEC.taxonomy(), "first");
      HttpResponse<String> drawn = client.post("/annotate/samples", form(token, "name", "second", "size", "8",
          "enrich", "4", "per_repository", "3,3", "exclude_annotated", "on", "exclude_samples", "on"), Map.of());
      assertThat(drawn.statusCode()).as(drawn.body()).isEqualTo(303);

      // The first sample's sheet, downloaded, is what a researcher would pass to --exclude.
      Path firstSheet = dir.resolve("first.csv");
      Files.writeString(firstSheet, client.get("/annotate/sample.csv?sample=first").body());
      AnnotationExport.Spec spec = new AnnotationExport.Spec(AnnotationExport.Task.relevance, "human",
          new AnnotationExport.Design(8, 3, false, EnrichmentDesign.parse(8, "4", "3,3")),
          new AnnotationExport.Exclusions(List.of(firstSheet), true, null), null);
      AnnotationExport.Draw expected = AnnotationExport.draw(store, spec, ISSUES);
      assertThat(expected.leftOut()).isEqualTo(5);
      List<IssueId> second = SampleRecords.issues(store, "second");
      assertThat(second).containsExactlyElementsOf(expected.issues().stream().map(IssueText::id).toList())
          .doesNotContainAnyElementsOf(first).doesNotContain(annotated);
      assertThat(SampleRecords.find(store, "second").leavesOut())
          .isEqualTo("issues already annotated for the task; the 4 issues of earlier samples");
    }
  }

  @Test
  void aValueAnnotateExportRefusesIsRefusedWithItsMessageAndNothingIsDrawn() throws Exception {
    try (Store store = store(); WebServer server = WebServer.start(store, SPEC)) {
      WebClient client = new WebClient(server.url());
      String token = client.tokenOf("/annotate");
      Map<String[], String> cases = new java.util.LinkedHashMap<>();
      cases.put(new String[] {"enrich", "many"}, refusal(() -> EnrichmentDesign.parse(6, "many", null)));
      cases.put(new String[] {"enrich", "7"}, refusal(() -> EnrichmentDesign.parse(6, "7", null)));
      cases.put(new String[] {"enrich", "120%"}, refusal(() -> EnrichmentDesign.parse(6, "120%", null)));
      cases.put(new String[] {"enrich", "3", "per_repository", "8"}, refusal(() -> EnrichmentDesign.parse(6, "3", "8")));
      cases.put(new String[] {"enrich", "3", "per_repository", "2,0"}, refusal(() -> EnrichmentDesign.parse(6, "3", "2,0")));
      cases.put(new String[] {"per_repository", "2,2"}, "--per-repository needs --enrich");
      cases.put(new String[] {"enrich", "3", "stratify", "project"}, refusal(() -> new AnnotationExport.Design(6, 3, true,
          EnrichmentDesign.parse(6, "3", null))));
      for (Map.Entry<String[], String> refused : cases.entrySet()) {
        List<String> fields = new java.util.ArrayList<>(List.of(refused.getKey()));
        fields.addAll(List.of("name", "bad", "size", "6"));
        HttpResponse<String> response = client.post("/annotate/samples", form(token, fields.toArray(String[]::new)),
            Map.of());
        assertThat(response.statusCode()).as(String.join(" ", fields)).isEqualTo(400);
        assertThat(response.body()).as(String.join(" ", fields)).contains(Markup.text(refused.getValue()))
            .containsAnyOf("--enrich", "--per-repository", "stratified by project");
      }
      assertThat(SampleRecords.all(store)).isEmpty();
    }
  }

  @Test
  void onlyAnEnrichedSampleHasStrataToDownload() throws Exception {
    try (Store store = store(); WebServer server = WebServer.start(store, SPEC)) {
      WebClient client = new WebClient(server.url());
      String token = client.tokenOf("/annotate");
      assertThat(client.post("/annotate/samples", form(token, "name", "plain", "size", "4", "stratify", "project"),
          Map.of()).statusCode()).isEqualTo(303);
      HttpResponse<String> plain = client.get("/annotate/strata.csv?sample=plain");
      assertThat(plain.statusCode()).isEqualTo(404);
      assertThat(plain.body()).contains("sample plain has no strata: it was not drawn enriched");
      assertThat(client.get("/annotate/strata.csv?sample=nowhere").body()).contains("no annotation sample nowhere");
      assertThat(client.get("/annotate").body()).contains("<td>by project</td>")
          .doesNotContain("href=\"/annotate/strata.csv");
    }
  }

  private static String refusal(Runnable parse) {
    try {
      parse.run();
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
    throw new AssertionError("accepted");
  }
}

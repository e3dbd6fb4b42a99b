package io.hfmine.cli.commands.pick;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hfmine.cli.CliRun;
import io.hfmine.cli.commands.demo.BundledSample;
import io.hfmine.cli.sample.FakeHubSearch;
import io.hfmine.analyzers.pick.evaluate.Judgments;
import io.hfmine.datasets.csv.CsvTable;
import io.hfmine.datasets.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hfmine pick} and its subcommands on the bundled sample's catalog (83 models and their
 * cards, replayed from the sample archive), as a user runs them.
 */
class PickCommandsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  static Path dir;
  private static Path work;
  private static BundledSample.Extracted sample;
  private static MockWebServer hub;
  private static final List<RecordedRequest> HUB_REQUESTS = new ArrayList<>();

  @BeforeAll
  static void catalogFromTheSample() throws Exception {
    sample = BundledSample.extract(dir.resolve("sample"));
    work = dir.resolve("work");
    for (String[] command : List.of(new String[] {"models", "sync", "--sort", "downloads"}, new String[] {"models", "cards"},
        new String[] {"pick", "index"})) {
      CliRun run = CliRun.of(CliRun.concat(new String[] {"--quiet", "--work-dir", work.toString(), "--config",
          sample.study().toString(), "--replay", sample.archive().toString()}, command));
      assertThat(run.exitCode()).as(String.join(" ", command) + ": " + run.err()).isZero();
    }
    hub = new MockWebServer();
    List<JsonNode> listed = listed(sample.archive());
    hub.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        synchronized (HUB_REQUESTS) {
          HUB_REQUESTS.add(request);
        }
        HttpUrl url = request.getRequestUrl();
        List<JsonNode> answer = FakeHubSearch.answer(listed, url.queryParameter("search"),
            url.queryParameterValues("filter"), Integer.parseInt(url.queryParameter("limit")));
        try {
          return new MockResponse().setHeader("Content-Type", "application/json").setBody(JSON.writeValueAsString(answer));
        } catch (Exception e) {
          return new MockResponse().setResponseCode(500);
        }
      }
    });
    hub.start();
  }

  @AfterAll
  static void stopHub() throws Exception {
    hub.shutdown();
  }

  // The models of the sample's listing pages, as the Hub listed them.
  private static List<JsonNode> listed(Path archive) throws Exception {
    Map<String, JsonNode> models = new LinkedHashMap<>();
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(archive.toFile())) {
      for (java.util.zip.ZipEntry file : java.util.Collections.list(zip.entries())) {
        if (file.isDirectory() || !file.getName().startsWith("entries/")) {
          continue;
        }
        JsonNode entry;
        try (java.io.InputStream in = zip.getInputStream(file)) {
          entry = JSON.readTree(in);
        }
        String url = entry.path("url").asText();
        if (url.contains("/api/models?") && !url.contains("search=") && !url.contains("filter=")) {
          JSON.readTree(entry.path("body").asText()).forEach(model -> models.put(model.get("id").asText(), model));
        }
      }
    }
    return new ArrayList<>(models.values());
  }

  private static CliRun pick(String... args) {
    return CliRun.of(CliRun.concat(new String[] {"--quiet", "--work-dir", work.toString()}, args));
  }

  private static Path request(String name) {
    return sample.pick().resolve("requests").resolve(name);
  }

  @Test
  void aRequestFileGetsRankedModelsWithScorePartsMatchedWordsAndChecks() {
    CliRun run = pick("pick", request("text-to-sql-commercial.yaml").toString(), "--top", "3");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("request text-to-sql-commercial: 83 models, ")
        .contains("constraints: licence fits commercial-closed-source; parameters at most 1 B parameters; fits cpu (8 GB)")
        .containsPattern("(?m)^  1  tablewise/t5-small-text2sql  score \\d\\.\\d{4}  \\(bm25 #\\d+ [\\d.]+, embedding #\\d+ [\\d.]+\\)")
        .contains("matched: ").contains("datasets (spider)")
        .contains("license pass: mit (permissive) fits commercial-closed-source")
        .contains("parameters pass: 60.5 M parameters from safetensors:total");
    assertThat(run.out()).doesNotContain("dbq-lab/sqlcoder-nc-220m", "warehouse-ai/sql-llama-7b");
  }

  @Test
  void explainSaysWhyModelsThatWouldRankHigherFellOut() {
    CliRun run = pick("pick", request("text-to-sql-commercial.yaml").toString(), "--top", "3", "--explain");

    assertThat(run.out()).contains("removed by the constraints (rank without them):")
        .containsPattern("dbq-lab/sqlcoder-nc-220m  license fail: cc-by-nc-4.0 \\(non-commercial\\) does not fit "
            + "commercial-closed-source")
        .containsPattern("warehouse-ai/sql-llama-7b  parameters fail: 6.74 B parameters from safetensors:total \\(BF16 "
            + "6738415616\\) is above the limit of 1 B parameters; hardware fail: ");
  }

  @Test
  void freeTextWithFlagsIsARequestToo() {
    CliRun run = pick("pick", "--text", "transcribe spoken German into text", "--language", "German", "--input",
        "audio", "--license", "commercial", "--top", "2");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("request command-line:").contains("languages pass: lists de")
        .contains("input-format pass: reads audio");
    assertThat(run.out()).containsPattern("(?m)^  1  (hoerbar/whisper-base-de|openai/whisper-small|openai/whisper-large-v3) ");
  }

  @Test
  void jsonPrintsOneObjectOnStdout() throws Exception {
    CliRun run = pick("pick", request("french-review-sentiment.yaml").toString(), "--json", "--top", "2");

    JsonNode result = JSON.readTree(run.out());
    assertThat(result.get("requestId").asText()).isEqualTo("french-review-sentiment");
    assertThat(result.get("answers")).hasSize(2);
    assertThat(result.get("answers").get(0).get("checks").get(0).get("family").asText()).isEqualTo("languages");
    assertThat(result.get("catalog").asInt()).isEqualTo(83);
  }

  @Test
  void badRequestsAreUsageErrorsThatNameTheField() throws Exception {
    Path typo = dir.resolve("typo.yaml");
    Files.writeString(typo, "fucntion: classify reviews\n");
    CliRun run = pick("pick", typo.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("typo.yaml line 1: field `fucntion` is not a template attribute");

    Path size = dir.resolve("size.yaml");
    Files.writeString(size, "# small enough for a phone\nfunction: classify reviews\nparameters: small\n");
    CliRun badSize = pick("pick", size.toString());
    assertThat(badSize.exitCode()).isEqualTo(2);
    assertThat(badSize.err()).contains("size.yaml line 3: field `parameters`: write {max: 1B}");
    // A flag replaces the file's field, so the message points at the command line instead.
    CliRun flagged = pick("pick", size.toString(), "--max-parameters", "tiny");
    assertThat(flagged.exitCode()).isEqualTo(2);
    assertThat(flagged.err()).contains("the command line: field `parameters`");

    assertThat(pick("pick").exitCode()).isEqualTo(2);
    CliRun twoLicences = pick("pick", "--text", "x", "--license", "research", "--compatible-with", "mit");
    assertThat(twoLicences.err()).contains("give at most one of --license, --compatible-with and --license-one-of");
  }

  @Test
  void showPrintsEachAttributeWithItsSource() {
    CliRun run = pick("pick", "show", "clinic-nlp/biobert-clinical-ner");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("clinic-nlp/biobert-clinical-ner")
        .containsPattern("bias-risks +Trained on abstracts from journals in English.*\\[section: Bias, Risks, and Limitations")
        .containsPattern("license +cc-by-4.0 +\\[card:license: license: cc-by-4.0\\]")
        .containsPattern("parameters +107721218 +\\[safetensors:total");
  }

  @Test
  void evaluateAsksTheHubThroughTheRealClientAndScoresBothSystems() throws Exception {
    // The catalog folder was built from the archive and keeps answering from it; a copy of it is
    // reconfigured to ask the (fake) Hub live, as a user goes from the sample to the network.
    Path live = dir.resolve("live");
    try (Stream<Path> files = Files.walk(work)) {
      for (Path file : files.toList()) {
        Path target = live.resolve(work.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
    CliRun run = CliRun.of("--quiet", "--work-dir", live.toString(), "--reconfigure", "--config",
        sample.study().toString(), "--hf-endpoint", hub.url("/").toString(),
        "pick", "evaluate", "--requests", "6", "--seed", "3", "--pool", dir.resolve("pool.csv").toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("requests   6 synthesised from 73 eligible held-out models (seed 3), 0 hand-written")
        .containsPattern("(?m)^hfmine +\\d+ +[\\d.]+ +[\\d.]+ +[\\d.]+ +[\\d.]+$")
        .containsPattern("(?m)^hub-search +\\d+ ");
    List<RecordedRequest> requests;
    synchronized (HUB_REQUESTS) {
      requests = List.copyOf(HUB_REQUESTS);
    }
    assertThat(requests).isNotEmpty().allSatisfy(request -> {
      HttpUrl url = request.getRequestUrl();
      assertThat(url.encodedPath()).isEqualTo("/api/models");
      assertThat(url.queryParameter("sort")).isEqualTo("downloads");
      assertThat(url.queryParameter("direction")).isEqualTo("-1");
      assertThat(url.queryParameter("limit")).isEqualTo("10");
    });
    assertThat(requests).anySatisfy(request -> assertThat(request.getRequestUrl().queryParameter("search")).isNotNull());
    assertThat(requests).anySatisfy(request -> assertThat(request.getRequestUrl().queryParameterValues("filter")).isNotEmpty());
    assertThat(Files.readAllLines(dir.resolve("pool.csv")).getFirst())
        .isEqualTo("request_id,model_id,suitable,judge,note,found_by,source_model,request");
    // The pool reads back as judgments once filled in: a judged row counts, the unjudged rest is left out.
    List<CsvTable.Row> pool = CsvTable.parse(Files.readString(dir.resolve("pool.csv")), "pool.csv",
        CsvTable.Width.EXACT);
    assertThat(pool).hasSizeGreaterThan(1);
    StringBuilder judged = new StringBuilder(CsvTable.record(pool.getFirst().header()));
    for (int i = 0; i < pool.size(); i++) {
      List<String> cells = new ArrayList<>(pool.get(i).cells());
      if (i == 0) {
        cells.set(2, "yes");
        cells.set(3, "carol");
      }
      judged.append(CsvTable.record(cells));
    }
    Path judgments = Files.writeString(dir.resolve("judged.csv"), judged);
    Judgments read = Judgments.read(judgments);
    String request = pool.getFirst().get("request_id");
    assertThat(read.suitable(request)).containsExactly(pool.getFirst().get("model_id"));
    assertThat(read.judged(pool.get(1).get("request_id"), pool.get(1).get("model_id"))).isFalse();
    try (Store store = Store.openIn(live)) {
      long systems = store.read(connection -> {
        try (var query = connection.prepareStatement("SELECT count(DISTINCT system) FROM pick_eval_results");
             var rows = query.executeQuery()) {
          rows.next();
          return rows.getLong(1);
        }
      });
      assertThat(systems).isEqualTo(2);
    }
  }

  @Test
  void evaluateOnTheSampleRunsOfflineFromTheArchive() throws Exception {
    List<String> args = new ArrayList<>(List.of("--quiet", "--work-dir", work.toString(), "--replay",
        sample.archive().toString(), "pick", "evaluate", "--judgments", sample.pick().resolve("judgments.csv").toString()));
    try (Stream<Path> files = Files.list(sample.pick().resolve("requests"))) {
      files.sorted().forEach(file -> args.addAll(List.of("--request", file.toString())));
    }
    CliRun run = CliRun.of(args.toArray(String[]::new));

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains(" 6 hand-written").containsPattern("(?m)^hub-search +\\d+ ")
        .containsPattern("(?m)^hand-written / hfmine +6 ");
  }

  @Test
  void theSnapshotBaselineAnswersOfflineAsTheHubAnsweredTheSameCatalog() throws Exception {
    // The archive holds the Hub's own answers to the baseline's queries over this catalog; the
    // snapshot baseline must score exactly as they do, without asking anything.
    CliRun hub = CliRun.of("--quiet", "--work-dir", work.toString(), "--replay", sample.archive().toString(), "pick",
        "evaluate", "--json");
    CliRun snapshot = pick("pick", "evaluate", "--baseline-snapshot", "--json");

    assertThat(hub.exitCode()).as(hub.err()).isZero();
    assertThat(snapshot.exitCode()).as(snapshot.err()).isZero();
    assertThat(snapshot.err()).containsPattern("baseline answers from the stored catalog \\(\\d+ models\\)");
    JsonNode fromHub = score(JSON.readTree(hub.out()), "hub-search");
    JsonNode fromSnapshot = score(JSON.readTree(snapshot.out()), "hub-snapshot");
    assertThat(fromSnapshot.get("requests").asInt()).isPositive();
    assertThat(fromSnapshot.get("hitAt")).isEqualTo(fromHub.get("hitAt"));
    assertThat(fromSnapshot.get("mrr")).isEqualTo(fromHub.get("mrr"));
    JsonNode hubOutcomes = JSON.readTree(hub.out()).get("outcomes");
    JsonNode snapshotOutcomes = JSON.readTree(snapshot.out()).get("outcomes");
    assertThat(snapshotOutcomes.size()).isEqualTo(hubOutcomes.size());
    for (int i = 0; i < hubOutcomes.size(); i++) {
      assertThat(snapshotOutcomes.get(i).get("answers").get("hub-snapshot"))
          .isEqualTo(hubOutcomes.get(i).get("answers").get("hub-search"));
    }

    CliRun both = pick("pick", "evaluate", "--baseline-snapshot", "--no-baseline");
    assertThat(both.exitCode()).isEqualTo(2);
    assertThat(both.err()).contains("--no-baseline and --baseline-snapshot contradict each other");
  }

  private static JsonNode score(JsonNode report, String system) {
    for (JsonNode score : report.get("overall")) {
      if (score.get("system").asText().equals(system)) {
        return score;
      }
    }
    throw new AssertionError("no " + system + " score in " + report);
  }

  @Test
  void aJudgmentsFileWithABadVerdictIsAUsageError() throws Exception {
    Path judgments = dir.resolve("bad-judgments.csv");
    Files.writeString(judgments, "request_id,model_id,suitable\nr1,m1,perhaps\n");
    CliRun run = pick("pick", "evaluate", "--no-baseline", "--judgments", judgments.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("bad-judgments.csv line 2: field `suitable` must be yes or no");

    Path first = Files.writeString(dir.resolve("ana-1.csv"), "request_id,model_id,suitable,judge\nr1,m1,yes,ana\n");
    Path second = Files.writeString(dir.resolve("ana-2.csv"), "request_id,model_id,suitable,judge\nr1,m1,no,ana\n");
    CliRun contradiction = pick("pick", "evaluate", "--no-baseline", "--judgments", first.toString(), "--judgments",
        second.toString());
    assertThat(contradiction.exitCode()).as("repeatable, and the files are read together").isEqualTo(2);
    assertThat(contradiction.err()).contains("judge ana says yes in").contains("ana-1.csv").contains("ana-2.csv");

    Path request = dir.resolve("bad-request.yaml");
    Files.writeString(request, "function: transcribe German\nlanguages: [German]\nhardware: toaster\n");
    CliRun badRequest = pick("pick", "evaluate", "--no-baseline", "--request", request.toString());
    assertThat(badRequest.exitCode()).isEqualTo(2);
    assertThat(badRequest.err()).contains("bad-request.yaml line 3: field `hardware`: unknown hardware profile 'toaster'");
  }
}

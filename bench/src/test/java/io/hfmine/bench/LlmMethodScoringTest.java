package io.hfmine.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hfmine.analyzers.issues.IssueSettings;
import io.hfmine.datasets.config.Config;
import io.hfmine.datasets.store.Store;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicInteger;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark's llm method end to end: the real chat client against a fake OpenAI-compatible
 * server that answers the way a thinking model served by Ollama or vLLM does. The issues are
 * made up, one for each id of the shipped labelled set; each title carries its gold label, so a
 * server that reads it back labels every issue as gold does, and the figures must say so.
 */
class LlmMethodScoringTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern MARK = Pattern.compile("\\[gold (yes|no) ([A-Z.;]*)\\]");

  @TempDir
  Path work;

  private HttpServer server;
  private final AtomicInteger requests = new AtomicInteger();
  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  private volatile boolean refusing;
  private final java.util.Set<String> systemPrompts = java.util.concurrent.ConcurrentHashMap.newKeySet();

  @BeforeEach
  void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/v1/chat/completions", exchange -> {
      requests.incrementAndGet();
      com.fasterxml.jackson.databind.JsonNode messages = JSON.readTree(exchange.getRequestBody()).path("messages");
      systemPrompts.add(messages.path(0).path("content").asText());
      String user = messages.path(1).path("content").asText();
      int status = 200;
      String body;
      if (refusing) {
        status = 400;
        body = "{\"error\":{\"message\":\"model not found\"}}";
      } else {
        body = completion(user);
      }
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      // A fresh connection per request: on a kept-alive one, the request's body waits out the
      // loopback's delayed acknowledgement (40 ms), which over 898 issues is most of the test.
      exchange.getResponseHeaders().set("Connection", "close");
      exchange.sendResponseHeaders(status, bytes.length);
      try (var out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    });
    server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
    server.start();
  }

  /** What a thinking model served without a reasoning parser sends: its reasoning, then the lines in Markdown. */
  private static String completion(String user) {
    Matcher mark = MARK.matcher(user);
    String answer = !mark.find() ? "I cannot tell."
        : mark.group(1).equals("yes")
            ? "**PTM:** yes\n**SUBTHEMES:** " + (mark.group(2).isEmpty() ? "MU.IO" : mark.group(2).replace(';', ','))
                + "\n**TYPE:** bug"
            : "PTM: no\nSUBTHEMES: none\nTYPE: bug";
    ObjectNode message = JSON.createObjectNode().put("role", "assistant")
        .put("content", "<think>\nThe title says what the gold label is.\n</think>\n\n" + answer);
    ObjectNode body = JSON.createObjectNode();
    body.putArray("choices").addObject().put("index", 0).put("finish_reason", "stop").set("message", message);
    return body.toString();
  }

  @AfterEach
  void stop() {
    server.stop(0);
    ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
  }

  /** One made-up issue object per id of the labelled set, its gold label in its title. */
  private Path madeUpIssues() throws Exception {
    Map<String, List<String>> byRepository = new TreeMap<>();
    for (CSVRecord row : goldRows()) {
      String id = row.get("id");
      String repository = id.substring(0, id.indexOf('#'));
      ObjectNode issue = JSON.createObjectNode();
      issue.put("number", Integer.parseInt(id.substring(id.indexOf('#') + 1)));
      issue.put("title", "Made-up issue " + id + " [gold " + row.get("ptm") + " " + row.get("subthemes") + "]");
      issue.put("body", "Nothing of the real issue is here.");
      issue.put("state", "closed");
      issue.put("created_at", "2022-03-01T10:00:00Z");
      issue.put("closed_at", "2022-03-02T10:00:00Z");
      issue.put("html_url", "https://github.com/" + repository + "/issues/" + issue.get("number").asInt());
      issue.put("repository_url", "https://api.github.com/repos/" + repository);
      byRepository.computeIfAbsent(repository, r -> new java.util.ArrayList<>()).add(issue.toString());
    }
    Path issues = Files.createDirectories(work.resolve("issues"));
    for (Map.Entry<String, List<String>> repository : byRepository.entrySet()) {
      Files.write(issues.resolve(repository.getKey().replace("/", "__") + ".jsonl"), repository.getValue());
    }
    return issues;
  }

  /** Measurements by this configuration, printing afresh into {@link #printed}; no embeddings. */
  private LabellingMeasurements measurements(Store store, Config config) {
    printed.reset();
    return new LabellingMeasurements(store, config, IssueSettings.from(config), false, null,
        new PrintStream(printed, true, StandardCharsets.UTF_8));
  }

  private String scoreLlm(Store store, int concurrency) {
    LabellingMeasurements measurements = measurements(store, Config.defaults());
    Map<String, String> options = new LinkedHashMap<>();
    options.put("llm-endpoint", "http://127.0.0.1:" + server.getAddress().getPort());
    options.put("llm-model", "thinker:8b");
    options.put("llm-concurrency", Integer.toString(concurrency));
    measurements.evaluate("llm", 5, false, options);
    return printed.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aThinkingModelThatLabelsAsGoldDoesScoresPerfectlyAndARerunAsksNothing() throws Exception {
    Path issues = madeUpIssues();
    try (Store store = Store.inMemory()) {
      IssueLabellingBenchmark.importIssues(store, issues);

      String report = scoreLlm(store, 4);

      assertThat(report).contains("thinker:8b at http://127.0.0.1:", "4 at once), 0 issues not labelled", "n=898  PTM P 1.000 R 1.000 F1 1.000",
          "Cohen's kappa with gold on PTM relevance: 1.000 (898 issues)",
          "Cohen's kappa with gold on the primary theme: 1.000 (250 issues both call PTM-related)");
      assertThat(report).as("scored per sampling stratum and weighted back, as the classifier is")
          .containsPattern("of which stratum P +n=\\d+  PTM P 1\\.000 R 1\\.000 F1 1\\.000")
          .containsPattern("of which stratum R +n=\\d+  PTM P 1\\.000 R 1\\.000 F1 1\\.000")
          .containsPattern("weighted to the part's [\\d,]+ issues .*PTM P 1\\.000 R 1\\.000 F1 1\\.000");
      assertThat(requests.get()).isEqualTo(898);

      refusing = true;
      assertThat(scoreLlm(store, 1)).as("every answer comes from the store's cache").contains("0 issues not labelled",
          "Cohen's kappa with gold on PTM relevance: 1.000 (898 issues)");
      assertThat(requests.get()).isEqualTo(898);
    }
  }

  @Test
  void aWholeRepositorysShareIsTheShareOfItsIssuesTheModelCallsPtmRelated() throws Exception {
    Path issues = madeUpIssues();
    try (Store store = Store.inMemory()) {
      IssueLabellingBenchmark.importIssues(store, issues);
      List<String> projects = List.of("allenai/scispacy", "onnx/sklearn-onnx");
      LabellingMeasurements measurements = measurements(store, Config.defaults());

      measurements.projectShares(List.of("llm"), projects, 0, Map.of("llm-endpoint",
          "http://127.0.0.1:" + server.getAddress().getPort(), "llm-model", "thinker:8b", "llm-concurrency", "2",
          "projects", String.join(",", projects)));

      String report = printed.toString(StandardCharsets.UTF_8);
      assertThat(report).contains(" llm ");
      for (String project : projects) {
        // Every made-up issue of the repository is in the labelled set, so its share is gold's.
        long[] gold = goldCounts(project);
        assertThat(report).as(project).containsPattern(Pattern.quote(project) + " +" + gold[1] + " .* "
            + Pattern.quote(String.format("%.1f%%", 100.0 * gold[0] / gold[1])) + " +" + gold[0] + " of +" + gold[1]);
      }
      assertThat(report).doesNotContain("not labelled");
    }
  }

  @Test
  void withoutNamedRepositoriesTheModelIsNotAskedAboutWholeRepositories() throws Exception {
    try (Store store = Store.inMemory()) {
      IssueLabellingBenchmark.importIssues(store, madeUpIssues());
      LabellingMeasurements measurements = measurements(store, Config.defaults());

      measurements.projectShares(List.of("llm"), List.of("allenai/scispacy"), 0, Map.of("llm-endpoint",
          "http://127.0.0.1:" + server.getAddress().getPort(), "llm-model", "thinker:8b"));

      assertThat(requests.get()).isZero();
      assertThat(printed.toString(StandardCharsets.UTF_8)).doesNotContain(" llm ");
    }
  }

  /** The PTM-related issues and all issues of a repository in the shipped gold file. */
  private long[] goldCounts(String repository) throws Exception {
    long ptm = 0;
    long all = 0;
    for (CSVRecord row : goldRows()) {
      if (row.get("id").startsWith(repository + "#")) {
        all++;
        ptm += row.get("ptm").equals("yes") ? 1 : 0;
      }
    }
    return new long[] {ptm, all};
  }

  /** The shipped labelled set's adjudicated rows. */
  private List<CSVRecord> goldRows() throws Exception {
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("issues/labelled-set/gold.csv")) {
      return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
          .parse(new java.io.InputStreamReader(in, StandardCharsets.UTF_8)).getRecords();
    }
  }

  @Test
  void aStudyConfigurationsPromptIsTheOneScored() throws Exception {
    Path file = work.resolve("study.yaml");
    Files.writeString(file, """
        issues:
          llm:
            guidelines: ""
            system-prompt: |
              Label each issue. Codes:
              {taxonomy}
              Answer with the lines PTM, SUBTHEMES and TYPE.
        """);
    Config config = Config.load(file);
    try (Store store = Store.inMemory()) {
      IssueLabellingBenchmark.importIssues(store, madeUpIssues());
      LabellingMeasurements measurements = measurements(store, config);

      measurements.evaluate("llm", 5, false, Map.of("llm-endpoint", "http://127.0.0.1:" + server.getAddress().getPort(),
          "llm-model", "thinker:8b", "llm-concurrency", "4"));

      assertThat(systemPrompts).singleElement().asString().startsWith("Label each issue. Codes:\nMU ")
          .doesNotContain("Annotation guidelines");
      String shippedHash = new io.hfmine.analyzers.issues.llm.PromptTemplates(IssueSettings.from(Config.defaults()).llm(),
          IssueSettings.from(Config.defaults()).loadTaxonomy()).sha256().substring(0, 12);
      assertThat(printed.toString(StandardCharsets.UTF_8)).contains("n=898  PTM P 1.000 R 1.000 F1 1.000")
          .doesNotContain("prompt " + shippedHash);
    }
  }

  @Test
  void anEndpointThatLabelsNothingStopsTheRunWithTheReason() throws Exception {
    refusing = true;
    try (Store store = Store.inMemory()) {
      IssueLabellingBenchmark.importIssues(store, madeUpIssues());

      assertThatThrownBy(() -> scoreLlm(store, 1)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("could not label 5 issues in a row (0 labelled before").hasMessageContaining("HTTP 400")
          .hasMessageContaining("model not found");
      assertThat(requests.get()).isEqualTo(5);
    }
  }
}

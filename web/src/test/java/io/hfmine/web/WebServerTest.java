package io.hfmine.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hfmine.datasets.store.Store;
import io.hfmine.web.http.WebClient;
import io.hfmine.web.table.Rows;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The server over HTTP on the fixture study: pages, exports, and what it refuses. */
class WebServerTest {
  private static Store store;
  private static WebServer server;
  private static WebClient client;

  @BeforeAll
  static void start() {
    store = StudyFixture.store();
    server = WebServer.start(store, StudyFixture.spec());
    client = new WebClient(server.url());
  }

  @AfterAll
  static void stop() {
    server.close();
    store.close();
  }

  @Test
  void listensOnLoopbackAndEveryPageAnswers() throws Exception {
    assertThat(server.url()).startsWith("http://127.0.0.1:");
    for (String path : List.of("/", "/models", "/models?selected=yes&dedup=not-variant", "/hits", "/usages",
        "/patterns", "/repositories", "/issues?ptm=yes", "/crawl-units?state=failed", "/annotate", "/report",
        "/model?id=acme/tiny", "/usage?id=u1", "/issue?repo=dev/app&number=6")) {
      HttpResponse<String> response = client.get(path);
      assertThat(response.statusCode()).as(path).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Security-Policy")).as(path).isPresent();
    }
  }

  @Test
  void theOverviewFunnelCountsAndLinksMatchTheStore() throws Exception {
    String page = client.get("/").body();
    assertThat(page).contains("<li data-step=\"models\"><a class=\"count\" href=\"/models\">3</a>")
        .contains("data-step=\"selected\"><a class=\"count\" href=\"/models?selected=yes\">2</a>")
        .contains("data-step=\"ptm\"><a class=\"count\" href=\"/issues?ptm=yes\">3</a>")
        .contains("1 issues</a>");
  }

  @Test
  void aUsagePageMarksTheCallLineAndLinksToThatLineOnGithub() throws Exception {
    String page = client.get("/usage?id=u1").body();
    assertThat(page).contains("href=\"https://github.com/dev/app/blob/0123456789abcdef0123456789abcdef01234567/"
        + "app/model.py#L5\"");
    assertThat(page).contains("<span class=\"line marked\" id=\"L5\" title=\"the loading call\"><span class=\"ln\">5</span>");
    assertThat(page).contains("<span class=\"line\" id=\"L4\"><span class=\"ln\">4</span><span class=\"tok-kw\">def</span>");
  }

  @Test
  void aModelPageCountsItsUsagesRepositoriesAndTheirSelectedIssuesAsTheStoreHoldsThem() throws Exception {
    long usages = store.read(c -> Rows.number(c, "SELECT count(*) FROM usages WHERE model_id = 'acme/tiny'"));
    long repositories = store.read(c -> Rows.number(c, "SELECT count(DISTINCT repository) FROM usages "
        + "WHERE model_id = 'acme/tiny'"));
    long issues = store.read(c -> Rows.number(c, "SELECT count(*) FROM issues i WHERE i.repository IN (SELECT "
        + "repository FROM usages WHERE model_id = 'acme/tiny') AND i.repository IN (SELECT full_name FROM "
        + "repository_selection)"));
    assertThat(issues).isPositive();
    String page = client.get("/model?id=acme/tiny").body();
    assertThat(page).contains(">" + usages + " usages</a> load this model")
        .contains(">" + issues + " issues</a> in selected projects; " + repositories + " repositories use this model");
  }

  @Test
  void theRepositoriesViewCountsEachRepositorysUsagesAndStoredIssuesAsTheStoreHoldsThem() throws Exception {
    JsonNode rows = new ObjectMapper().readTree(client.get("/repositories?format=json").body());
    assertThat(rows).isNotEmpty();
    for (JsonNode row : rows) {
      String name = row.get("full_name").asText();
      assertThat(row.get("usages").asLong()).as(name).isEqualTo(store.read(c -> Rows.number(c,
          "SELECT count(*) FROM usages WHERE repository = ?", name)));
      assertThat(row.get("issues_stored").asLong()).as(name).isEqualTo(store.read(c -> Rows.number(c,
          "SELECT count(*) FROM issues WHERE repository = ?", name)));
    }
    assertThat(rows).anySatisfy(row -> assertThat(row.get("issues_stored").asLong()).isPositive());
  }

  @Test
  void aHostileIssueBodyAndTitleReachThePageOnlyAsText() throws Exception {
    String page = client.get("/issue?repo=dev/app&number=6").body();
    assertThat(page).doesNotContain("<script>window", "<img", "href=\"javascript", "<b>title</b>");
    assertThat(page).contains("&lt;script&gt;window.__hfmineOwned=7&lt;/script&gt;");
  }

  @Test
  void exportsHoldEveryFilteredRowAsCsvAndJson() throws Exception {
    HttpResponse<String> csv = client.get("/issues?ptm=yes&format=csv");
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains("issues.csv");
    List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(csv.body()))
        .getRecords();
    assertThat(records).extracting(r -> r.get("id")).containsExactly("dev/app#1", "dev/app#3", "dev/app#4");
    assertThat(records.get(0).get("themes")).isEqualTo("[MU]");
    JsonNode json = new ObjectMapper().readTree(client.get("/issues?ptm=yes&format=json").body());
    assertThat(json).hasSize(3);
    assertThat(json.get(0).get("themes").get(0).asText()).isEqualTo("MU");
    assertThat(json.get(0).get("created_at").asText()).isEqualTo("2024-01-02T10:00");
    assertThat(client.get("/issues?format=xml").statusCode()).isEqualTo(400);
  }

  @Test
  void noAddressReachesAFileOutsideTheAssets() throws Exception {
    for (String path : List.of("/assets/../pom.xml", "/assets/..%2F..%2Fpom.xml", "/assets/%2e%2e/%2e%2e/etc/passwd",
        "/assets/app.css/../../hfmine.duckdb", "/..%2f..%2fetc%2fpasswd", "/report/../../etc/passwd",
        "/assets/%252e%252e%252fapp.css", "/assets/app.js%00.css")) {
      HttpResponse<String> response = client.get(path);
      assertThat(response.statusCode()).as(path).isIn(400, 404);
      assertThat(response.body()).as(path).doesNotContain("root:x:", "<project", "DUCK");
    }
    assertThat(client.get("/assets/app.js").statusCode()).isEqualTo(200);
  }

  @Test
  void writesWithoutTheSessionTokenOrFromAnotherSiteAreRefused() throws Exception {
    Map<String, String> form = Map.of("sample", "s", "annotator", "eve", "at", "1", "ptm", "yes");
    assertThat(client.post("/annotate/save", form, Map.of()).statusCode()).isEqualTo(403);
    String token = client.tokenOf("/annotate");
    Map<String, String> forged = Map.of("sample", "s", "annotator", "eve", "at", "1", "ptm", "yes", "_token", token + "x");
    assertThat(client.post("/annotate/save", forged, Map.of()).statusCode()).isEqualTo(403);
    Map<String, String> draw = Map.of("name", "cross-site", "size", "2", "seed", "1", "task", "relevance", "_token", token);
    assertThat(client.post("/annotate/samples", draw, Map.of("Origin", "http://evil.example")).statusCode())
        .isEqualTo(403);
    WebClient stranger = new WebClient(server.url());
    stranger.get("/");
    assertThat(stranger.post("/annotate/samples", draw, Map.of()).statusCode()).as("another session's token")
        .isEqualTo(403);
    HttpResponse<String> drawn = client.post("/annotate/samples", draw, Map.of());
    assertThat(drawn.statusCode()).as(drawn.body()).isEqualTo(303);
    long samples = store.read(c -> io.hfmine.web.table.Rows.number(c,
        "SELECT count(*) FROM annotation_samples WHERE name = 'cross-site'"));
    assertThat(samples).isEqualTo(1);
  }

  @Test
  void aTaxonomySampleOffersNoPresetPtmAnswerInTheFormOrInItsCsv() throws Exception {
    String token = client.tokenOf("/annotate");
    Map<String, String> draw = Map.of("name", "themes-only", "size", "2", "seed", "3", "task", "taxonomy",
        "ptm_source", "rules", "_token", token);
    HttpResponse<String> drawn = client.post("/annotate/samples", draw, Map.of());
    assertThat(drawn.statusCode()).as(drawn.body()).isEqualTo(303);

    String form = client.get(io.hfmine.web.annotate.WorkspacePage.link("themes-only", "ann", 1)).body();
    assertThat(form).contains("value=\"yes\" data-key").doesNotContain("value=\"yes\" checked")
        .doesNotContain("value=\"no\" checked").contains("value=\"\" checked");
    String csv = client.get(io.hfmine.web.html.Markup.url(io.hfmine.web.annotate.WorkspacePage.CSV_PATH, "sample",
        "themes-only", "annotator", "ann")).body();
    java.util.List<String> rows = csv.lines().skip(1).toList();
    assertThat(rows).hasSize(2).allSatisfy(row -> assertThat(row).doesNotContain(",yes,").doesNotContain(",no,"));
  }

  @Test
  void aHostNameOtherThanLocalhostIsRefusedWhileBoundToLoopback() throws Exception {
    assertThat(WebClient.raw(server.port(), "GET / HTTP/1.1\r\nHost: rebound.example:" + server.port()
        + "\r\nConnection: close\r\n\r\n")).contains("403");
    assertThat(WebClient.raw(server.port(), "GET / HTTP/1.1\r\nHost: localhost:" + server.port()
        + "\r\nConnection: close\r\n\r\n")).contains("200");
  }

  @Test
  void unknownRowsAndBadParametersGetTheirOwnPages() throws Exception {
    assertThat(client.get("/model?id=nobody/nothing").statusCode()).isEqualTo(404);
    assertThat(client.get("/issue?repo=dev/app&number=abc").statusCode()).isEqualTo(400);
    assertThat(client.get("/pattern?by=colour&key=x").statusCode()).isEqualTo(400);
    assertThat(client.get("/usage").body()).contains("lacks the parameter id");
  }
}

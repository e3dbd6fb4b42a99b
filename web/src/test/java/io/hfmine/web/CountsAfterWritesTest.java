package io.hfmine.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.hfmine.analyzers.issues.IssueId;
import io.hfmine.datasets.store.Store;
import io.hfmine.web.annotate.SampleRecords;
import io.hfmine.web.http.WebClient;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Table counts are held between requests, and a write through the server shows in the next page's counts. */
class CountsAfterWritesTest {
  private static final Pattern ROWS = Pattern.compile("<span id=\"row-count\">([0-9,]+)</span>");

  @Test
  void drawingASampleAndAnnotatingAnIssueChangeTheCountsShown() throws Exception {
    try (Store store = StudyFixture.store(); WebServer server = WebServer.start(store, StudyFixture.spec())) {
      WebClient client = new WebClient(server.url());
      // The rules say issue 5 is not PTM-related; 1, 3 and 4 are (2 was overruled by an annotator).
      assertThat(rows(client, "/issues?ptm=yes")).isEqualTo(3);
      assertThat(rows(client, "/issues?sampled=annotation")).isZero();
      assertThat(client.get("/issues").body()).doesNotContain("<option value=\"SE\">");
      String token = client.tokenOf("/annotate");
      assertThat(client.post("/annotate/samples", Map.of("name", "all", "size", "6", "seed", "1", "task", "relevance",
          "_token", token), Map.of()).statusCode()).isEqualTo(303);
      assertThat(rows(client, "/issues?sampled=annotation")).isEqualTo(6);
      List<IssueId> drawn = SampleRecords.issues(store, "all");
      int at = 1 + drawn.stream().map(IssueId::number).toList().indexOf(5);
      assertThat(client.post("/annotate/save", Map.of("sample", "all", "annotator", "ann", "at", String.valueOf(at),
          "ptm", "yes", "subtheme", "SE.INSTALL", "_token", token), Map.of()).statusCode()).isEqualTo(303);
      assertThat(rows(client, "/issues?ptm=yes")).isEqualTo(4);
      assertThat(client.get("/issues").body()).contains("<option value=\"SE\">SE (1)</option>");
    }
  }

  private static long rows(WebClient client, String path) throws Exception {
    Matcher matcher = ROWS.matcher(client.get(path).body());
    assertThat(matcher.find()).as(path).isTrue();
    return Long.parseLong(matcher.group(1).replace(",", ""));
  }
}

package io.hfmine.crawler.arxiv;

import static org.assertj.core.api.Assertions.assertThat;

import io.hfmine.crawler.archive.Archive;
import io.hfmine.crawler.http.HttpSettings;
import io.hfmine.crawler.http.HttpStack;
import io.hfmine.crawler.http.Sleeper;
import io.hfmine.datasets.arxiv.ArxivSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;

class ArxivClientTest {
  private static final String FEED = """
      <?xml version="1.0" encoding="UTF-8"?>
      <feed xmlns="http://www.w3.org/2005/Atom" xmlns:arxiv="http://arxiv.org/schemas/atom">
        <entry>
          <id>http://arxiv.org/abs/2401.00001v3</id>
          <updated>2024-03-01T10:00:00Z</updated>
          <published>2024-01-01T09:00:00Z</published>
          <title>A study of
            test generation</title>
          <summary>  We generate unit tests
        for Java methods.
      </summary>
          <arxiv:primary_category term="cs.SE" scheme="http://arxiv.org/schemas/atom"/>
          <category term="cs.SE" scheme="http://arxiv.org/schemas/atom"/>
          <category term="cs.LG" scheme="http://arxiv.org/schemas/atom"/>
        </entry>
      </feed>
      """;

  /** Records waits and moves its clock by them. */
  private static final class Clock implements Sleeper {
    final List<Long> waits = new ArrayList<>();
    long now = 1_000_000;

    @Override public long nowMillis() {
      return now;
    }

    @Override public void sleep(long millis) {
      waits.add(millis);
      now += millis;
    }
  }

  private static ArxivClient client(MockWebServer server, Clock clock) {
    return new ArxivClient(new HttpStack(new HttpSettings("t", 5, 5, 0), Archive.off(), null),
        new ArxivSettings(server.url("/api/query").toString(), 50, 3000, 3, 1000), clock);
  }

  @Test
  void readsTheFeedAndMarksIdsWithoutAnEntryMissing() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(new MockResponse().setBody(FEED));
      server.start();
      Map<String, ArxivPaper> papers = client(server, new Clock()).fetch(List.of("2401.00001", "2401.99999"));
      assertThat(server.takeRequest().getPath()).isEqualTo("/api/query?id_list=2401.00001%2C2401.99999&max_results=2");
      ArxivPaper paper = papers.get("2401.00001");
      assertThat(paper.status()).isEqualTo("ok");
      assertThat(paper.title()).isEqualTo("A study of test generation");
      assertThat(paper.summary()).isEqualTo("We generate unit tests for Java methods.");
      assertThat(paper.categories()).containsExactly("cs.SE", "cs.LG");
      assertThat(paper.published()).hasToString("2024-01-01T09:00:00Z");
      assertThat(papers.get("2401.99999").status()).isEqualTo("missing");
    }
  }

  @Test
  void waitsThreeSecondsBetweenRequestsAndBacksOffOnServerErrors() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(new MockResponse().setBody(FEED));
      server.enqueue(new MockResponse().setResponseCode(503));
      server.enqueue(new MockResponse().setBody(FEED));
      server.start();
      Clock clock = new Clock();
      ArxivClient client = client(server, clock);
      client.fetch(List.of("2401.00001"));
      Map<String, ArxivPaper> second = client.fetch(List.of("2401.00001"));
      assertThat(second.get("2401.00001").status()).isEqualTo("ok");
      // paced before the second request, backoff after the 503, then paced again before the retry
      assertThat(clock.waits).containsExactly(3000L, 1000L, 2000L);
      assertThat(server.getRequestCount()).isEqualTo(3);
    }
  }

  @Test
  void aFeedWithADoctypeIsRefusedAndItsIdsFailForTheNextRun() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      for (int attempt = 0; attempt < 3; attempt++) {
        server.enqueue(new MockResponse().setBody("<?xml version=\"1.0\"?><!DOCTYPE feed [<!ENTITY x SYSTEM "
            + "\"file:///etc/passwd\">]><feed xmlns=\"http://www.w3.org/2005/Atom\">&x;</feed>"));
      }
      server.start();
      ArxivPaper paper = client(server, new Clock()).fetch(List.of("2401.00001")).get("2401.00001");
      assertThat(paper.status()).isEqualTo("failed");
      assertThat(paper.error()).contains("not an Atom feed").doesNotContain("root:");
    }
  }

  @Test
  void aClientErrorIsNotRetried() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(new MockResponse().setResponseCode(400).setBody("bad id"));
      server.start();
      ArxivPaper paper = client(server, new Clock()).fetch(List.of("bad")).get("bad");
      assertThat(paper.status()).isEqualTo("failed");
      assertThat(paper.error()).contains("400");
      assertThat(server.getRequestCount()).isEqualTo(1);
    }
  }
}

package io.hfmine.cli.commands.code;

import io.hfmine.cli.support.ExitCode;
import io.hfmine.cli.support.Session;
import io.hfmine.crawler.github.CrawlReport;
import io.hfmine.crawler.github.GithubCrawler;
import io.hfmine.crawler.github.GithubMetrics;
import io.hfmine.crawler.github.rate.Bucket;
import java.util.List;

/** Prints a GitHub stage's outcome (summary on stdout, failures and request counts on stderr). */
public final class CrawlReportPrinter {
  private static final int SHOWN_FAILURES = 10;

  private CrawlReportPrinter() {
  }

  /** Prints the report and returns SUCCESS, or PARTIAL when some units failed. */
  public static ExitCode print(Session session, String stage, CrawlReport report, GithubCrawler crawler) {
    session.out().printf("%s: %s%n", stage, report);
    GithubMetrics metrics = crawler.metrics();
    session.err().printf("requests: core %d, search %d, code_search %d; rate-limited answers %d, retries %d%n",
        metrics.requests(Bucket.CORE), metrics.requests(Bucket.SEARCH), metrics.requests(Bucket.CODE_SEARCH),
        metrics.rateLimitedResponses(), metrics.retries());
    List<String> missing = report.missing();
    if (!missing.isEmpty()) {
      session.err().printf("%d repository(ies) recorded gone or blocked (status in table repositories; not asked "
          + "again):%n", missing.size());
      missing.stream().limit(SHOWN_FAILURES).forEach(repository -> session.err().println("  " + repository));
      if (missing.size() > SHOWN_FAILURES) {
        session.err().printf("  ... and %d more%n", missing.size() - SHOWN_FAILURES);
      }
    }
    List<String> failures = report.failures();
    if (failures.isEmpty()) {
      return ExitCode.SUCCESS;
    }
    session.err().printf("%d unit(s) failed and will be retried by the next run:%n", failures.size());
    failures.stream().limit(SHOWN_FAILURES).forEach(failure -> session.err().println("  " + failure));
    if (failures.size() > SHOWN_FAILURES) {
      session.err().printf("  ... and %d more (see crawl_units with state 'failed')%n", failures.size() - SHOWN_FAILURES);
    }
    return ExitCode.PARTIAL;
  }

  /** The crawler for a session: its HTTP stack, tokens, configuration and store. */
  public static GithubCrawler crawler(Session session) {
    return GithubCrawler.open(session.http(), session.tokens().github(), session.config(), session.store(),
        session.replaying());
  }
}

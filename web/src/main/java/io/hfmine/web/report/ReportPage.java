package io.hfmine.web.report;

import io.hfmine.reports.StudyReport;
import io.hfmine.web.Site;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.time.Clock;

/**
 * The study report ({@code hfmine report}'s HTML, made by the same generator) served as it is.
 * It is built on first request and again after annotations change the labels it counts.
 */
public final class ReportPage implements Handler {
  public static final String PATH = "/report";
  /** The report's own inline style, and nothing else: it has no script and fetches nothing. */
  public static final String POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
      + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

  private final Site site;
  private volatile String cached;

  public ReportPage(Site site) {
    this.site = site;
    site.writes().subscribe(() -> cached = null);
  }

  @Override
  public void handle(Context ctx) {
    String html = cached;
    if (html == null) {
      html = StudyReport.html(site.store(), site.spec().reportTitle(), site.spec().alpha(), site.spec().labelSources(),
          site.spec().taxonomy().names(), Clock.systemUTC());
      cached = html;
    }
    ctx.header("Content-Security-Policy", POLICY);
    ctx.html(html);
  }
}

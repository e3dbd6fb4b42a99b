package io.hfmine.web.pages.overview;

import static io.hfmine.web.html.Markup.count;
import static io.hfmine.web.html.Markup.text;

import io.hfmine.web.Site;
import io.hfmine.web.html.Markup;
import io.hfmine.web.pages.overview.OverviewReadModel.Overview;
import io.hfmine.web.pages.overview.OverviewReadModel.SelectionStep;
import io.hfmine.web.pages.overview.OverviewReadModel.StageRow;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.List;
import java.util.Map;

/** The study end to end: both funnels (each number links to its rows), the selection steps, the stage ledger and failures. */
public final class OverviewPage implements Handler {
  private final Site site;

  private volatile Overview cached;

  public OverviewPage(Site site) {
    this.site = site;
    site.writes().subscribe(() -> cached = null);
  }

  /** One step of a funnel as shown: label, count key and the rows behind it. */
  private record Step(String label, String key, String href) {
  }

  private static final List<Step> MODEL_FUNNEL = List.of(
      new Step("models listed", "models", "/models"),
      new Step("selected", "selected", "/models?selected=yes"),
      new Step("deduplicated (no near-duplicate variant)", "deduplicated", "/models?selected=yes&dedup=not-variant"),
      new Step("code-searched", "searched", "/models?searched=yes"),
      new Step("with code hits", "with-hits", "/hits"),
      new Step("files fetched", "files", "/hits?file=ok"),
      new Step("hits verified by parsing", "verified-hits", "/hits?verdict=verified"),
      new Step("usages found", "usages", "/usages"),
      new Step("usages in verified hits", "verified-usages", "/usages?verified=yes"),
      new Step("usage patterns", "patterns", "/patterns?status=clustered"));

  private static final List<Step> ISSUE_FUNNEL = List.of(
      new Step("repositories with hits", "repositories", "/repositories"),
      new Step("selected downstream projects", "selected-projects", "/repositories?selected=yes"),
      new Step("issues collected", "issues", "/issues"),
      new Step("PTM-related (preferred label source)", "ptm", "/issues?ptm=yes"),
      new Step("sampled for the resolution-time study", "resolution-sample", "/issues?sampled=resolution"),
      new Step("sampled for annotation", "annotation-sampled", "/issues?sampled=annotation"),
      new Step("annotated by a person", "annotated", "/annotate"));

  @Override
  public void handle(Context ctx) {
    // The store changes only through this server's annotation writes, which drop the copy.
    Overview overview = cached;
    if (overview == null) {
      overview = OverviewReadModel.read(site.store(), site.labels());
      cached = overview;
    }
    StringBuilder html = new StringBuilder();
    html.append("<p class=\"intro\">Every number links to the rows behind it. Label source order for "
        + "\"PTM-related\": ").append(text(String.join(" > ", site.labels().patterns()))).append(".</p>\n");
    html.append("<div class=\"funnels\">\n");
    funnel("Models → usages → patterns", MODEL_FUNNEL, overview.counts(), "funnel-models", html);
    funnel("Repositories → issues → annotation", ISSUE_FUNNEL, overview.counts(), "funnel-issues", html);
    html.append("</div>\n");
    selection(overview.selection(), html);
    stages(overview, html);
    site.page(ctx, "/", "Study overview", html.toString());
  }

  private static void funnel(String title, List<Step> steps, Map<String, Long> counts, String id, StringBuilder html) {
    html.append("<section class=\"funnel\" id=\"").append(id).append("\"><h2>").append(text(title)).append("</h2><ol>\n");
    long first = Math.max(1, counts.getOrDefault(steps.get(0).key(), 0L));
    for (Step step : steps) {
      long value = counts.getOrDefault(step.key(), 0L);
      int width = (int) Math.max(1, Math.min(100, Math.round(100.0 * value / first)));
      html.append("<li data-step=\"").append(step.key()).append("\"><a class=\"count\" href=\"")
          .append(Markup.attr(step.href())).append("\">").append(count(value)).append("</a> <span class=\"label\">")
          .append(text(step.label())).append("</span><meter min=\"0\" max=\"100\" value=\"").append(width)
          .append("\"></meter></li>\n");
    }
    html.append("</ol></section>\n");
  }

  private static void selection(List<SelectionStep> steps, StringBuilder html) {
    if (steps.isEmpty()) {
      return;
    }
    html.append("<h2>Selection steps</h2>\n<div class=\"scroll\"><table class=\"data\"><thead><tr><th>selection</th>"
        + "<th>step</th><th>filter</th><th>remaining</th></tr></thead><tbody>\n");
    for (SelectionStep step : steps) {
      html.append("<tr><td>").append(text(step.selection())).append("</td><td class=\"num\">").append(step.step())
          .append("</td><td>").append(text(step.description())).append("</td><td class=\"num\">")
          .append(count(step.remaining())).append("</td></tr>\n");
    }
    html.append("</tbody></table></div>\n");
  }

  private static void stages(Overview overview, StringBuilder html) {
    html.append("<h2>Stage ledger</h2>\n");
    if (overview.stages().isEmpty()) {
      html.append("<p class=\"muted\">No stage of <code>hfmine run</code> is recorded in this store "
          + "(its tables were filled by single commands).</p>\n");
    } else {
      html.append("<div class=\"scroll\"><table class=\"data\" id=\"stages\"><thead><tr><th>stage</th><th>state</th>"
          + "<th>started</th><th>finished</th><th>counts</th><th>failures</th></tr></thead><tbody>\n");
      for (StageRow stage : overview.stages()) {
        html.append("<tr class=\"state-").append(text(stage.state())).append("\"><td>").append(text(stage.stage()))
            .append("</td><td>").append(text(stage.state())).append("</td><td>").append(text(Markup.display(stage.startedAt())))
            .append("</td><td>").append(text(Markup.display(stage.finishedAt()))).append("</td><td>")
            .append(text(readableCounts(stage.summary()))).append("</td><td>").append(text(stage.failures()))
            .append("</td></tr>\n");
      }
      html.append("</tbody></table></div>\n");
    }
    html.append("<h2>Failed crawl units</h2>\n");
    if (overview.failedUnits().isEmpty()) {
      html.append("<p>None. ").append(Markup.link("/crawl-units", "All crawl units")).append("</p>\n");
    } else {
      html.append("<ul>");
      overview.failedUnits().forEach((kind, units) -> html.append("<li>")
          .append(Markup.link(Markup.url("/crawl-units", "kind", kind, "state", "failed"), count(units) + " " + kind))
          .append("</li>"));
      html.append("</ul>\n");
    }
  }

  /** {"a":1,"b":2} as "a 1, b 2": the ledger keeps JSON, people read words. */
  static String readableCounts(String json) {
    if (json == null || json.isBlank()) {
      return "";
    }
    try {
      com.fasterxml.jackson.databind.JsonNode node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
      StringBuilder out = new StringBuilder();
      node.fields().forEachRemaining(field -> {
        if (!out.isEmpty()) {
          out.append(", ");
        }
        out.append(field.getKey()).append(' ').append(field.getValue().isNumber()
            ? count(field.getValue().asLong()) : field.getValue().asText());
      });
      return out.toString();
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return json;
    }
  }
}

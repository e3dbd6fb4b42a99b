package io.hfmine.web.annotate;

import static io.hfmine.web.html.Markup.attr;
import static io.hfmine.web.html.Markup.text;

import io.hfmine.analyzers.issues.sampling.AnnotationExport;
import io.hfmine.web.Site;
import io.hfmine.web.html.Markup;
import io.hfmine.web.table.BadRequestException;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Locale;

/** The annotation samples: open one as an annotator, or draw a new one with the annotation export's sampling. */
public final class AnnotatePage {
  public static final String PATH = "/annotate";
  /** Cookie that remembers the annotator's name in this browser. */
  static final String ANNOTATOR_COOKIE = "hfmine_annotator";

  private final Site site;

  public AnnotatePage(Site site) {
    this.site = site;
  }

  public void list(Context ctx) {
    String annotator = ctx.cookie(ANNOTATOR_COOKIE);
    List<SampleRecords.Sample> samples = SampleRecords.all(site.store());
    StringBuilder html = new StringBuilder("<p class=\"intro\">Annotations made here go through the same validation "
        + "and into the same tables as <code>hfmine annotate import</code>; a sample downloads as an annotation CSV and "
        + "a filled CSV imports back.</p>\n");
    html.append("<h2>Samples</h2>");
    if (samples.isEmpty()) {
      html.append("<p class=\"muted\">No sample yet: draw one below.</p>");
    } else {
      html.append("<table class=\"data\" id=\"samples\"><thead><tr><th>sample</th><th>task</th><th>issues</th><th>seed</th>"
          + "<th>stratified</th><th>open as</th><th>CSV</th></tr></thead><tbody>");
      for (SampleRecords.Sample sample : samples) {
        html.append("<tr><td>").append(text(sample.name())).append("</td><td>").append(text(sample.task()))
            .append("</td><td class=\"num\">").append(sample.issues()).append("</td><td class=\"num\">").append(sample.seed())
            .append("</td><td>").append(sample.stratify() ? "by project" : "no").append("</td><td>")
            .append("<form method=\"get\" action=\"").append(WorkspacePage.PATH).append("\" class=\"inline\">")
            .append("<input type=\"hidden\" name=\"sample\" value=\"").append(attr(sample.name())).append("\">")
            .append("<input name=\"annotator\" required pattern=\"[A-Za-z0-9_.@\\-]+\" placeholder=\"annotator\" value=\"")
            .append(attr(annotator == null ? "" : annotator)).append("\"><button type=\"submit\">annotate</button></form>")
            .append("</td><td>").append(Markup.link(Markup.url(WorkspacePage.CSV_PATH, "sample", sample.name()),
                "download")).append("</td></tr>");
      }
      html.append("</tbody></table>\n");
    }
    html.append("<h2>Draw a sample</h2><form method=\"post\" action=\"").append(PATH).append("/samples\" class=\"draw\">")
        .append(site.guard().field(ctx))
        .append("<label>name <input name=\"name\" required pattern=\"[A-Za-z0-9_.@\\-]+\" value=\"sample-")
        .append(samples.size() + 1).append("\"></label>")
        .append("<label>issues <input type=\"number\" name=\"size\" min=\"1\" value=\"50\" required></label>")
        .append("<label>seed <input type=\"number\" name=\"seed\" value=\"1\" required></label>")
        .append("<label><input type=\"checkbox\" name=\"stratify\" value=\"project\" checked> stratify by project</label>")
        .append("<label>task <select name=\"task\"><option value=\"relevance\">PTM relevance (any issue)</option>")
        .append("<option value=\"taxonomy\">taxonomy (PTM-related issues)</option></select></label>")
        .append("<label>PTM-related by <select name=\"ptm_source\"><option>human</option><option>rules</option>")
        .append("<option>classifier</option><option>llm</option></select></label>")
        .append("<button type=\"submit\">draw</button></form>\n<p class=\"muted\">The same size, seed, stratification "
            + "and task give the same issues as <code>hfmine annotate export --sample N --seed S "
            + "[--stratify project] --task T</code>.</p>\n");
    site.page(ctx, PATH, "Annotation", html.toString());
  }

  public void draw(Context ctx) {
    String name = Annotators.checked(ctx.formParam("name"), "the sample name");
    int size = integer(ctx.formParam("size"), "size");
    long seed = integer(ctx.formParam("seed"), "seed");
    if (size < 1) {
      throw new BadRequestException("size must be at least 1");
    }
    AnnotationExport.Task task;
    try {
      task = AnnotationExport.Task.valueOf(String.valueOf(ctx.formParam("task")).toLowerCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BadRequestException("task must be relevance or taxonomy");
    }
    String ptmSource = ctx.formParam("ptm_source");
    if (ptmSource == null || !List.of("human", "rules", "classifier", "llm").contains(ptmSource)) {
      ptmSource = "human";
    }
    try {
      SampleRecords.draw(site.store(), name, new AnnotationExport.Spec(size, seed, "project".equals(ctx.formParam("stratify")),
          task, ptmSource, null, null));
    } catch (IllegalArgumentException e) {
      throw new BadRequestException(e.getMessage());
    }
    ctx.redirect(PATH, HttpStatus.SEE_OTHER);
  }

  private static int integer(String value, String name) {
    try {
      return Integer.parseInt(value == null ? "" : value.strip());
    } catch (NumberFormatException e) {
      throw new BadRequestException(name + " must be a whole number; got '" + value + "'");
    }
  }
}

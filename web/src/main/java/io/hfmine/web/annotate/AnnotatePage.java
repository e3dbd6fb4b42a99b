package io.hfmine.web.annotate;

import static io.hfmine.web.html.Markup.attr;
import static io.hfmine.web.html.Markup.text;

import io.hfmine.analyzers.issues.IssueId;
import io.hfmine.analyzers.issues.sampling.AnnotationExport;
import io.hfmine.analyzers.issues.sampling.EnrichmentDesign;
import io.hfmine.analyzers.issues.sampling.SampleManifest;
import io.hfmine.web.NotFoundException;
import io.hfmine.web.Site;
import io.hfmine.web.html.Markup;
import io.hfmine.web.table.BadRequestException;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The annotation samples: open one as an annotator, download it or an enriched one's strata, or
 * draw a new one with the annotation export's own draw (plain, stratified by project, or enriched).
 */
public final class AnnotatePage {
  public static final String PATH = "/annotate";
  public static final String STRATA_PATH = "/annotate/strata.csv";
  /** Cookie that remembers the annotator's name in this browser. */
  static final String ANNOTATOR_COOKIE = "hfmine_annotator";

  private final Site site;
  private final java.util.function.Consumer<String> drawn;

  /** @param drawn told the name of each sample drawn */
  public AnnotatePage(Site site, java.util.function.Consumer<String> drawn) {
    this.site = site;
    this.drawn = drawn;
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
          + "<th>stratified</th><th>open as</th><th>CSV</th><th>strata</th></tr></thead><tbody>");
      for (SampleRecords.Sample sample : samples) {
        html.append("<tr><td>").append(text(sample.name())).append("</td><td>").append(text(sample.task()))
            .append("</td><td class=\"num\">").append(sample.issues()).append("</td><td class=\"num\">").append(sample.seed())
            .append("</td><td>").append(design(sample)).append("</td><td>")
            .append("<form method=\"get\" action=\"").append(WorkspacePage.PATH).append("\" class=\"inline\">")
            .append("<input type=\"hidden\" name=\"sample\" value=\"").append(attr(sample.name())).append("\">")
            .append("<input name=\"annotator\" required pattern=\"[A-Za-z0-9_.@\\-]+\" placeholder=\"annotator\" value=\"")
            .append(attr(annotator == null ? "" : annotator)).append("\"><button type=\"submit\">annotate</button></form>")
            .append("</td><td>").append(Markup.link(Markup.url(WorkspacePage.CSV_PATH, "sample", sample.name()),
                "download")).append("</td><td>").append(sample.enrichment() == null ? "<span class=\"muted\">—</span>"
                : Markup.link(Markup.url(STRATA_PATH, "sample", sample.name()), "strata")).append("</td></tr>");
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
        .append("<label>enrich (--enrich) <input name=\"enrich\" placeholder=\"P or P%\" size=\"6\"></label>")
        .append("<label>per repository (--per-repository) <input name=\"per_repository\" placeholder=\"CAP_P,CAP_R\" "
            + "size=\"6\"></label>")
        .append("<label><input type=\"checkbox\" name=\"exclude_annotated\" value=\"on\"> leave out issues already "
            + "annotated</label>")
        .append("<label><input type=\"checkbox\" name=\"exclude_samples\" value=\"on\"> leave out the issues of "
            + "earlier samples</label>")
        .append("<label>task <select name=\"task\"><option value=\"relevance\">PTM relevance (any issue)</option>")
        .append("<option value=\"taxonomy\">taxonomy (PTM-related issues)</option></select></label>")
        .append("<label>PTM-related by <select name=\"ptm_source\"><option>human</option><option>rules</option>")
        .append("<option>classifier</option><option>llm</option></select></label>")
        .append("<button type=\"submit\">draw</button></form>\n<p class=\"muted\">The same size, seed, stratification "
            + "and task give the same issues as <code>hfmine annotate export --sample N --seed S "
            + "[--stratify project] --task T</code>; with enrich, the PTM-enriched sample of <code>--enrich P|P% "
            + "[--per-repository CAP_P,CAP_R]</code> (uncheck stratify: an enriched draw caps repositories itself), "
            + "whose strata download beside the sample and are never shown to annotators. Leaving out issues already "
            + "annotated is <code>--exclude-annotated</code>; the issues of earlier samples, <code>--exclude</code> "
            + "with their sheets.</p>\n");
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
    EnrichmentDesign design = design(size, ctx.formParam("enrich"), ctx.formParam("per_repository"));
    boolean excludeAnnotated = "on".equals(ctx.formParam("exclude_annotated"));
    List<String> leftOut = new ArrayList<>();
    if (excludeAnnotated) {
      leftOut.add("issues already annotated for the task");
    }
    boolean excludeSamples = "on".equals(ctx.formParam("exclude_samples"));
    Set<IssueId> earlier = excludeSamples ? SampleRecords.sampledIssues(site.store()) : Set.of();
    if (excludeSamples) {
      leftOut.add("the " + earlier.size() + " issues of earlier samples");
    }
    try {
      SampleRecords.draw(site.store(), name, new AnnotationExport.Spec(task, ptmSource,
          new AnnotationExport.Design(size, seed, "project".equals(ctx.formParam("stratify")), design),
          new AnnotationExport.Exclusions(List.of(), excludeAnnotated, earlier), AnnotationExport.Output.NONE),
          site.spec().issues(),
          leftOut.isEmpty() ? null : String.join("; ", leftOut));
    } catch (IllegalArgumentException e) {
      throw new BadRequestException(e.getMessage());
    }
    drawn.accept(name);
    ctx.redirect(PATH, HttpStatus.SEE_OTHER);
  }

  /** The strata of an enriched sample, in the bytes {@code annotate export --manifest} writes for the same draw. */
  public void strata(Context ctx) {
    String sample = Annotators.checked(ctx.queryParam("sample"), "the sample name");
    SampleRecords.Sample info = SampleRecords.find(site.store(), sample);
    if (info == null) {
      throw new NotFoundException("the store holds no annotation sample " + sample);
    }
    if (info.enrichment() == null) {
      throw new NotFoundException("sample " + sample + " has no strata: it was not drawn enriched (only a draw with "
          + "enrich has strata P and R)");
    }
    ctx.contentType("text/csv; charset=utf-8");
    ctx.header("Content-Disposition", "attachment; filename=\"" + sample + "-strata.csv\"");
    ctx.result(SampleManifest.csv(SampleRecords.strata(site.store(), sample)));
  }

  /** The samples table's design cell: the enrichment, or whether the draw was stratified, and what it left out. */
  private static String design(SampleRecords.Sample sample) {
    String design = sample.enrichment() != null ? "enriched: " + text(sample.enrichment())
        : sample.stratify() ? "by project" : "no";
    return sample.leavesOut() == null ? design
        : design + "<br><span class=\"muted\">left out: " + text(sample.leavesOut()) + "</span>";
  }

  /**
   * The enrichment of the form's fields as {@code annotate export} parses its options (blank enrich:
   * a plain draw), so a value the command refuses is refused here with the command's message.
   */
  private static EnrichmentDesign design(int size, String enrich, String perRepository) {
    boolean enriched = enrich != null && !enrich.isBlank();
    boolean capped = perRepository != null && !perRepository.isBlank();
    if (!enriched) {
      if (capped) {
        throw new BadRequestException("--per-repository needs --enrich");
      }
      return null;
    }
    try {
      return EnrichmentDesign.parse(size, enrich, capped ? perRepository : null);
    } catch (IllegalArgumentException e) {
      throw new BadRequestException(e.getMessage());
    }
  }

  private static int integer(String value, String name) {
    try {
      return Integer.parseInt(value == null ? "" : value.strip());
    } catch (NumberFormatException e) {
      throw new BadRequestException(name + " must be a whole number; got '" + value + "'");
    }
  }
}

package io.hfmine.web.annotate;

import static io.hfmine.web.html.Markup.attr;
import static io.hfmine.web.html.Markup.text;

import io.hfmine.analyzers.issues.IssueId;
import io.hfmine.analyzers.issues.sampling.AnnotationColumns;
import io.hfmine.analyzers.issues.sampling.AnnotationExport;
import io.hfmine.analyzers.issues.sampling.AnnotationFileException;
import io.hfmine.datasets.csv.CsvTable;
import io.hfmine.analyzers.issues.taxonomy.SubTheme;
import io.hfmine.analyzers.issues.taxonomy.Taxonomy;
import io.hfmine.analyzers.issues.taxonomy.Theme;
import io.hfmine.web.NotFoundException;
import io.hfmine.web.Site;
import io.hfmine.web.html.Markup;
import io.hfmine.web.pages.issues.IssuePage;
import io.hfmine.web.table.BadRequestException;
import io.hfmine.web.table.Rows;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One issue of a sample for one annotator: the issue on the left; PTM relevance, themes and
 * sub-themes (with the taxonomy's definitions), type and note on the right; progress, keyboard
 * shortcuts, blind mode, the live agreement and how the labelling method does against an annotator
 * ({@link EvaluationPanel}).
 */
public final class WorkspacePage {
  public static final String PATH = "/annotate/sample";
  public static final String CSV_PATH = "/annotate/sample.csv";
  private static final List<String> TYPES = List.of("bug", "question", "enhancement", "other");

  private final Site site;
  private final EvaluationPanel evaluation;

  public WorkspacePage(Site site) {
    this.site = site;
    this.evaluation = new EvaluationPanel(site);
  }

  /** A sample was drawn: its evaluation panel's strata start being screened. */
  public void drawn(String sample) {
    evaluation.drawn(sample);
  }

  public static String link(String sample, String annotator, int position) {
    return link(sample, annotator, position, Map.of());
  }

  /** The link with the evaluation panel's choices ({@link #kept}), so they stay while the annotator moves on. */
  static String link(String sample, String annotator, int position, Map<String, String> kept) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("sample", sample);
    parameters.put("annotator", annotator);
    parameters.put("at", position);
    parameters.putAll(kept);
    return Markup.url(PATH, parameters);
  }

  /** The evaluation panel's choices a request carries, in its query or (a post) its form; blank ones left out. */
  private static Map<String, String> kept(Context ctx, boolean form) {
    Map<String, String> kept = new LinkedHashMap<>();
    for (String name : EvaluationPanel.CHOICES) {
      String value = form ? ctx.formParam(name) : ctx.queryParam(name);
      if (value != null && !value.isBlank()) {
        kept.put(name, Annotators.checked(value, "the " + name));
      }
    }
    return kept;
  }

  public void show(Context ctx) {
    String sample = Annotators.checked(ctx.queryParam("sample"), "the sample name");
    String annotator = Annotators.checked(ctx.queryParam("annotator"), "the annotator name");
    Cookie remembered = new Cookie(AnnotatePage.ANNOTATOR_COOKIE, annotator);
    remembered.setSameSite(SameSite.STRICT);
    remembered.setPath("/");
    remembered.setHttpOnly(true);
    ctx.cookie(remembered);
    String at = ctx.queryParam("at");
    render(ctx, sample, annotator, at == null ? -1 : position(at), kept(ctx, false), null);
  }

  public void save(Context ctx) {
    String sample = Annotators.checked(ctx.formParam("sample"), "the sample name");
    String annotator = Annotators.checked(ctx.formParam("annotator"), "the annotator name");
    int position = position(ctx.formParam("at"));
    List<IssueId> issues = issues(sample);
    IssueId issue = issueAt(issues, position);
    AnnotationForm form = new AnnotationForm(issue, annotator, ctx.formParam("ptm"), ctx.formParams("theme"),
        ctx.formParams("subtheme"), ctx.formParam("type"), ctx.formParam("note"));
    try {
      form.save(site.store(), site.taxonomy(), sample);
    } catch (AnnotationFileException e) {
      ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
      render(ctx, sample, annotator, position, kept(ctx, true), e.problems());
      return;
    }
    int next = position < issues.size() ? position + 1 : position;
    ctx.redirect(link(sample, annotator, next, kept(ctx, true)), HttpStatus.SEE_OTHER);
  }

  public void blind(Context ctx) {
    String sample = Annotators.checked(ctx.formParam("sample"), "the sample name");
    String annotator = Annotators.checked(ctx.formParam("annotator"), "the annotator name");
    SampleRecords.setBlind(site.store(), annotator, "on".equals(ctx.formParam("blind")));
    ctx.redirect(link(sample, annotator, position(ctx.formParam("at")), kept(ctx, true)), HttpStatus.SEE_OTHER);
  }

  /**
   * The sample as an annotation CSV (the columns {@code annotate export} writes), the annotator's
   * labels filled in where given: finish it in a spreadsheet and {@code annotate import} it.
   */
  public void csv(Context ctx) {
    String sample = Annotators.checked(ctx.queryParam("sample"), "the sample name");
    String annotatorParam = ctx.queryParam("annotator");
    String annotator = annotatorParam == null || annotatorParam.isBlank() ? "" : Annotators.checked(annotatorParam,
        "the annotator name");
    SampleRecords.Sample info = SampleRecords.find(site.store(), sample);
    if (info == null) {
      throw new NotFoundException("the store holds no annotation sample " + sample);
    }
    int excerpt = site.spec().bodyExcerptChars();
    StringBuilder csv = new StringBuilder(CsvTable.record(AnnotationColumns.ALL));
    site.store().read(connection -> {
      for (Map<String, Object> row : Rows.all(connection, "SELECT s.repository, s.issue_number, i.html_url, i.title, "
          + "i.body, a.ptm, a.themes, a.subthemes, a.issue_type, a.note FROM annotation_sample_issues s "
          + "JOIN issues i ON i.repository = s.repository AND i.number = s.issue_number "
          + "LEFT JOIN annotations a ON a.repository = s.repository AND a.issue_number = s.issue_number "
          + "AND a.annotator = ? WHERE s.sample = ? ORDER BY s.position", annotator, sample)) {
        IssueId id = new IssueId((String) row.get("repository"), ((Number) row.get("issue_number")).intValue());
        Object ptm = row.get("ptm");
        String ptmCell = ptm == null ? "" : Boolean.TRUE.equals(ptm) ? "yes" : "no";
        csv.append(CsvTable.record(List.of(id.toString(),
            row.get("html_url") == null ? "https://github.com/" + id.repository() + "/issues/" + id.number()
                : (String) row.get("html_url"),
            String.valueOf(row.get("title")), AnnotationExport.excerpt((String) row.get("body"), excerpt), ptmCell,
            codes(row.get("themes")), codes(row.get("subthemes")),
            row.get("issue_type") == null ? "" : (String) row.get("issue_type"), annotator,
            row.get("note") == null ? "" : (String) row.get("note"))));
      }
      return null;
    });
    ctx.contentType("text/csv; charset=utf-8");
    ctx.header("Content-Disposition", "attachment; filename=\"" + sample + (annotator.isEmpty() ? "" : "-" + annotator)
        + ".csv\"");
    ctx.result(csv.toString());
  }

  private static String codes(Object list) {
    return list instanceof List<?> codes ? String.join(AnnotationColumns.CODE_SEPARATOR,
        codes.stream().map(String::valueOf).toList()) : "";
  }

  private List<IssueId> issues(String sample) {
    List<IssueId> issues = SampleRecords.issues(site.store(), sample);
    if (issues.isEmpty()) {
      throw new NotFoundException("the store holds no annotation sample " + sample);
    }
    return issues;
  }

  private static IssueId issueAt(List<IssueId> issues, int position) {
    if (position < 1 || position > issues.size()) {
      throw new BadRequestException("at must be between 1 and " + issues.size() + "; got " + position);
    }
    return issues.get(position - 1);
  }

  private static int position(String value) {
    try {
      return Integer.parseInt(value == null ? "" : value.strip());
    } catch (NumberFormatException e) {
      throw new BadRequestException("at must be a position in the sample; got '" + value + "'");
    }
  }

  private void render(Context ctx, String sample, String annotator, int requested, Map<String, String> kept,
      List<String> problems) {
    List<IssueId> issues = issues(sample);
    SampleRecords.Sample info = SampleRecords.find(site.store(), sample);
    List<Integer> done = SampleRecords.annotatedPositions(site.store(), sample, annotator);
    int position = requested;
    if (position < 0) {
      position = 1;
      while (done.contains(position) && position < issues.size()) {
        position++;
      }
    }
    IssueId issue = issueAt(issues, position);
    boolean blind = SampleRecords.blind(site.store(), annotator);
    StringBuilder html = new StringBuilder();
    progress(sample, annotator, position, issues.size(), done, kept, html);
    if (problems != null) {
      html.append("<div class=\"problems\" id=\"problems\"><p>Not saved:</p><ul>");
      problems.forEach(p -> html.append("<li>").append(text(p)).append("</li>"));
      html.append("</ul></div>");
    }
    var view = io.hfmine.web.pages.issues.IssueReadModel.read(site.store(), issue.repository(), issue.number());
    if (view == null) {
      throw new NotFoundException("issue " + issue + " of sample " + sample + " is no longer in the store");
    }
    Map<String, Object> mine = site.store().read(connection -> Rows.one(connection, "SELECT ptm, themes, subthemes, "
        + "issue_type, note FROM annotations WHERE repository = ? AND issue_number = ? AND annotator = ?",
        issue.repository(), issue.number(), annotator));
    html.append(AgreementPanel.render(site.store(), site.taxonomy(), issues));
    html.append(evaluation.render(info, annotator, position, issues, blind, kept));
    html.append("<div class=\"workspace\"><div class=\"issue-pane\"><h2 id=\"issue-title\">")
        .append(Markup.link(IssuePage.link(issue.repository(), issue.number()), issue.toString())).append(": ")
        .append(text(view.issue().get("title"))).append("</h2>");
    html.append(IssuePage.discussion(view, site));
    html.append("</div><div class=\"label-pane\">");
    form(ctx, sample, annotator, position, kept, mine, html);
    if (blind) {
      html.append("<p class=\"muted\" id=\"blind-note\">Blind mode: machine labels and other annotators' labels are "
          + "hidden.</p>");
    } else {
      html.append("<h3>Other labels of this issue</h3>")
          .append(IssuePage.labelTable(view.labels().stream()
              .filter(l -> !("human:" + annotator).equals(l.get("source"))).toList(), site.taxonomy()));
    }
    blindToggle(ctx, sample, annotator, position, blind, kept, html);
    html.append("</div></div>\n");
    site.page(ctx, AnnotatePage.PATH, "Sample " + sample + " · " + annotator, html.toString());
  }

  private static void progress(String sample, String annotator, int position, int size, List<Integer> done,
      Map<String, String> kept, StringBuilder html) {
    html.append("<div class=\"progress\" id=\"progress\"><progress max=\"").append(size).append("\" value=\"")
        .append(done.size()).append("\"></progress> <span id=\"progress-text\">").append(done.size()).append(" of ")
        .append(size).append(" annotated by ").append(text(annotator)).append("</span> · issue ").append(position)
        .append(" of ").append(size).append(" · ");
    if (position > 1) {
      html.append("<a id=\"previous\" accesskey=\"p\" href=\"").append(attr(link(sample, annotator, position - 1, kept)))
          .append("\">« previous</a> ");
    }
    if (position < size) {
      html.append("<a id=\"next\" href=\"").append(attr(link(sample, annotator, position + 1, kept))).append("\">next »</a>");
    }
    html.append(" · <a href=\"").append(attr(Markup.url(CSV_PATH, "sample", sample, "annotator", annotator)))
        .append("\">download as annotation CSV</a> · <span class=\"muted\">keys: y/n PTM, 1–9 themes, b/q/e/o type, "
            + "s save, j/k next/previous</span></div>\n");
  }

  private void form(Context ctx, String sample, String annotator, int position, Map<String, String> kept,
      Map<String, Object> mine, StringBuilder html) {
    Taxonomy taxonomy = site.taxonomy();
    // Nothing is preselected, in the taxonomy task too: a preselected answer saved with the themes
    // would be the candidate method's vote recorded as the annotator's (a theme alone implies yes).
    String ptm = mine == null || mine.get("ptm") == null ? "" : Boolean.TRUE.equals(mine.get("ptm")) ? "yes" : "no";
    List<?> themes = mine == null || mine.get("themes") == null ? List.of() : (List<?>) mine.get("themes");
    List<?> subThemes = mine == null || mine.get("subthemes") == null ? List.of() : (List<?>) mine.get("subthemes");
    String type = mine == null ? null : (String) mine.get("issue_type");
    html.append("<form method=\"post\" action=\"/annotate/save\" id=\"annotation\" class=\"annotation\">")
        .append(site.guard().field(ctx))
        .append(hidden("sample", sample)).append(hidden("annotator", annotator)).append(hidden("at", String.valueOf(position)))
        .append(hidden(kept));
    html.append("<fieldset><legend>PTM-related?</legend>");
    for (String answer : List.of("yes", "no")) {
      html.append("<label><input type=\"radio\" name=\"ptm\" value=\"").append(answer).append('"')
          .append(answer.equals(ptm) ? " checked" : "").append(" data-key=\"").append(answer.charAt(0)).append("\"> ")
          .append(answer).append("</label> ");
    }
    html.append("<label><input type=\"radio\" name=\"ptm\" value=\"\"").append(ptm.isEmpty() ? " checked" : "")
        .append("> not annotated</label></fieldset>");
    html.append("<fieldset class=\"taxonomy\"><legend>Themes and sub-themes</legend>");
    int key = 1;
    for (Theme theme : taxonomy.themes()) {
      html.append("<div class=\"theme\"><label class=\"theme-name\"><input type=\"checkbox\" name=\"theme\" value=\"")
          .append(attr(theme.code())).append('"').append(themes.contains(theme.code()) ? " checked" : "");
      if (key <= 9) {
        html.append(" data-key=\"").append(key).append('"');
      }
      html.append("> <kbd>").append(key <= 9 ? String.valueOf(key) : "").append("</kbd> <b>").append(text(theme.code()))
          .append("</b> ").append(text(theme.name())).append("</label>");
      key++;
      if (theme.description() != null) {
        html.append("<p class=\"definition\">").append(text(theme.description())).append("</p>");
      }
      html.append("<ul class=\"subthemes\">");
      for (SubTheme sub : theme.subThemes()) {
        html.append("<li><label><input type=\"checkbox\" name=\"subtheme\" value=\"").append(attr(sub.code())).append('"')
            .append(subThemes.contains(sub.code()) ? " checked" : "").append("> ").append(text(sub.code())).append(' ')
            .append(text(sub.name())).append("</label>");
        if (sub.description() != null) {
          html.append("<span class=\"definition\">").append(text(sub.description())).append("</span>");
        }
        html.append("</li>");
      }
      html.append("</ul></div>");
    }
    html.append("</fieldset><fieldset><legend>Issue type</legend>");
    for (String option : TYPES) {
      html.append("<label><input type=\"radio\" name=\"type\" value=\"").append(option).append('"')
          .append(option.equals(type) ? " checked" : "").append(" data-key=\"").append(option.charAt(0)).append("\"> ")
          .append(option).append("</label> ");
    }
    html.append("<label><input type=\"radio\" name=\"type\" value=\"\"").append(type == null ? " checked" : "")
        .append("> not annotated</label></fieldset>");
    html.append("<label class=\"note\">note <textarea name=\"note\" rows=\"2\">")
        .append(text(mine == null ? "" : mine.get("note"))).append("</textarea></label>");
    html.append("<button type=\"submit\" id=\"save\" data-key=\"s\">save and next (s)</button></form>");
  }

  private void blindToggle(Context ctx, String sample, String annotator, int position, boolean blind,
      Map<String, String> kept, StringBuilder html) {
    html.append("<form method=\"post\" action=\"/annotate/blind\" class=\"inline\" id=\"blind-form\">")
        .append(site.guard().field(ctx)).append(hidden("sample", sample)).append(hidden("annotator", annotator))
        .append(hidden("at", String.valueOf(position))).append(hidden("blind", blind ? "off" : "on")).append(hidden(kept))
        .append("<button type=\"submit\" id=\"blind-toggle\">").append(blind ? "show other labels (leave blind mode)"
            : "hide other labels (blind mode)").append("</button></form>");
  }

  private static String hidden(Map<String, String> fields) {
    StringBuilder html = new StringBuilder();
    fields.forEach((name, value) -> html.append(hidden(name, value)));
    return html.toString();
  }

  private static String hidden(String name, String value) {
    return "<input type=\"hidden\" name=\"" + attr(name) + "\" value=\"" + attr(value) + "\">";
  }
}

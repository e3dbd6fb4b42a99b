package io.hfmine.web.pages.issues;

import static io.hfmine.web.html.Markup.text;

import io.hfmine.analyzers.issues.taxonomy.Taxonomy;
import io.hfmine.web.NotFoundException;
import io.hfmine.web.Site;
import io.hfmine.web.html.Markup;
import io.hfmine.web.pages.issues.IssueReadModel.IssueView;
import io.hfmine.web.table.BadRequestException;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An issue: title, body and comments rendered as sanitised Markdown, labels of every source with their evidence. */
public final class IssuePage implements Handler {
  public static final String PATH = "/issue";

  private final Site site;

  public IssuePage(Site site) {
    this.site = site;
  }

  public static String link(String repository, int number) {
    return Markup.url(PATH, "repo", repository, "number", number);
  }

  /** Reads {@code repo} and {@code number} from the address. */
  static int number(Context ctx) {
    String value = Site.required(ctx, "number");
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new BadRequestException("number must be an issue number; got '" + value + "'");
    }
  }

  @Override
  public void handle(Context ctx) {
    String repository = Site.required(ctx, "repo");
    int number = number(ctx);
    IssueView view = IssueReadModel.read(site.store(), repository, number);
    if (view == null) {
      throw new NotFoundException("the store holds no issue " + repository + "#" + number);
    }
    StringBuilder html = new StringBuilder();
    html.append("<div class=\"columns\"><section>");
    html.append(header(view.issue()));
    html.append("</section><section><h2>Labels</h2>");
    html.append(labelTable(view.labels(), site.taxonomy()));
    html.append(annotations(view.annotations(), site.taxonomy()));
    html.append("</section></div>\n");
    html.append(discussion(view, site));
    site.page(ctx, "/issues", repository + "#" + number + ": " + view.issue().get("title"), html.toString());
  }

  /** State, dates, author, GitHub labels and the link to GitHub. */
  static String header(Map<String, Object> issue) {
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("state", issue.get("state") + (issue.get("state_reason") == null ? "" : " (" + issue.get("state_reason") + ")"));
    facts.put("author", issue.get("author") == null ? null
        : issue.get("author") + (issue.get("author_association") == null ? "" : " (" + issue.get("author_association") + ")"));
    facts.put("opened", issue.get("created_at"));
    facts.put("closed", issue.get("closed_at"));
    facts.put("GitHub labels", issue.get("labels"));
    facts.put("comments", issue.get("comments_count"));
    facts.put("source", issue.get("source"));
    String url = issue.get("html_url") == null ? "https://github.com/" + issue.get("repository") + "/issues/"
        + issue.get("number") : String.valueOf(issue.get("html_url"));
    return Markup.facts(facts) + "<p>" + Markup.externalLink(url, "on GitHub") + "</p>";
  }

  /** The body and comments as sanitised Markdown. */
  public static String discussion(IssueView view, Site site) {
    StringBuilder html = new StringBuilder("<article class=\"issue-body markdown\" id=\"issue-body\">");
    html.append(site.markdown().render((String) view.issue().get("body"))).append("</article>\n");
    for (Map<String, Object> comment : view.comments()) {
      html.append("<article class=\"comment markdown\"><p class=\"comment-meta\">").append(text(comment.get("author")))
          .append(" · ").append(text(Markup.display(comment.get("created_at")))).append("</p>")
          .append(site.markdown().render((String) comment.get("body"))).append("</article>\n");
    }
    return html.toString();
  }

  /** Labels grouped by source, each with its confidence and the evidence that produced it. */
  public static String labelTable(List<Map<String, Object>> labels, Taxonomy taxonomy) {
    if (labels.isEmpty()) {
      return "<p class=\"muted\">Not labelled yet.</p>";
    }
    StringBuilder html = new StringBuilder("<table class=\"data labels\"><thead><tr><th>source</th><th>label</th>"
        + "<th>value</th><th>confidence</th><th>evidence</th></tr></thead><tbody>");
    for (Map<String, Object> label : labels) {
      html.append("<tr><td>").append(text(label.get("source"))).append("</td><td>").append(text(label.get("label_kind")))
          .append("</td><td>").append(text(named(String.valueOf(label.get("value")), taxonomy))).append("</td><td class=\"num\">")
          .append(text(Markup.display(label.get("confidence")))).append("</td><td class=\"evidence\">")
          .append(text(label.get("evidence"))).append("</td></tr>");
    }
    return html.append("</tbody></table>").toString();
  }

  private static String annotations(List<Map<String, Object>> annotations, Taxonomy taxonomy) {
    if (annotations.isEmpty()) {
      return "";
    }
    StringBuilder html = new StringBuilder("<h3>Annotations</h3><table class=\"data\"><thead><tr><th>annotator</th>"
        + "<th>PTM</th><th>themes</th><th>sub-themes</th><th>type</th><th>note</th><th>from</th></tr></thead><tbody>");
    for (Map<String, Object> a : annotations) {
      html.append("<tr><td>").append(text(a.get("annotator"))).append("</td><td>").append(text(Markup.display(a.get("ptm"))))
          .append("</td><td>").append(text(codes(a.get("themes"), taxonomy))).append("</td><td>")
          .append(text(codes(a.get("subthemes"), taxonomy))).append("</td><td>").append(text(a.get("issue_type")))
          .append("</td><td>").append(text(a.get("note"))).append("</td><td>").append(text(a.get("source_file")))
          .append("</td></tr>");
    }
    return html.append("</tbody></table>").toString();
  }

  /** A taxonomy code with its name beside it ("HR.MEM Memory Usage"); anything else as it is. */
  public static String named(String code, Taxonomy taxonomy) {
    return taxonomy.subTheme(code).map(s -> code + " " + s.name())
        .or(() -> taxonomy.theme(code).map(t -> code + " " + t.name())).orElse(code);
  }

  private static String codes(Object list, Taxonomy taxonomy) {
    if (!(list instanceof List<?> codes)) {
      return "";
    }
    return String.join("; ", codes.stream().map(c -> named(String.valueOf(c), taxonomy)).toList());
  }
}

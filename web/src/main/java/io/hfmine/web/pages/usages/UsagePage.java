package io.hfmine.web.pages.usages;

import static io.hfmine.web.html.Markup.text;

import io.hfmine.analyzers.patterns.SimilarUsages;
import io.hfmine.analyzers.patterns.UsagePattern;
import io.hfmine.web.NotFoundException;
import io.hfmine.web.Site;
import io.hfmine.web.html.Markup;
import io.hfmine.web.pages.models.ModelPage;
import io.hfmine.web.pages.patterns.PatternPage;
import io.hfmine.web.pages.usages.UsageReadModel.UsageView;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A usage: the snippet highlighted with the call line marked, its resolution and evidence, its GitHub line, similar usages. */
public final class UsagePage implements Handler {
  public static final String PATH = "/usage";

  private final Site site;

  public UsagePage(Site site) {
    this.site = site;
  }

  public static String link(String usageId) {
    return Markup.url(PATH, "id", usageId);
  }

  @Override
  public void handle(Context ctx) {
    String id = Site.required(ctx, "id");
    UsageView view = UsageReadModel.read(site.store(), id);
    if (view == null) {
      throw new NotFoundException("the store holds no usage " + id);
    }
    String repository = view.string("repository");
    String path = view.string("path");
    StringBuilder html = new StringBuilder();
    html.append("<p class=\"where\">");
    String exact = GithubLinks.exactLine(view.hitUrl(), view.line());
    if (exact != null) {
      html.append("<a id=\"github-line\" class=\"external\" rel=\"noopener noreferrer nofollow\" target=\"_blank\" href=\"")
          .append(Markup.attr(exact)).append("\">line ").append(view.line()).append(" on GitHub</a> ")
          .append("<span class=\"muted\">(the commit code search saw; blob ").append(text(view.string("blob_sha")))
          .append(")</span>");
    } else if (repository != null) {
      html.append(Markup.externalLink(GithubLinks.currentLine(repository, path, view.line()),
          "line " + view.line() + " in the current version on GitHub")).append(" <span class=\"muted\">(no code-search "
          + "address stored; the file may have changed since blob ").append(text(view.string("blob_sha"))).append(")</span>");
    }
    html.append("</p>\n");
    html.append(site.code().snippet(view.string("language"), view.string("snippet"), view.fileContent(), view.line(),
        view.string("api"), ""));
    html.append("<div class=\"columns\"><section><h2>Resolution</h2>");
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("model", view.string("model_id") == null ? "unresolved" : view.string("model_id"));
    facts.put("as written", view.usage().get("model_literal"));
    facts.put("resolution", view.usage().get("resolution"));
    facts.put("condition", view.usage().get("condition"));
    facts.put("library", view.usage().get("library"));
    facts.put("API", view.usage().get("api"));
    facts.put("kind", view.usage().get("kind"));
    facts.put("language", view.usage().get("language"));
    facts.put("column", view.usage().get("col"));
    html.append(Markup.facts(facts));
    if (view.string("model_id") != null) {
      html.append("<p>").append(Markup.link(ModelPage.link(view.string("model_id")), "model page")).append("</p>");
    }
    html.append("</section><section><h2>Evidence</h2>");
    Map<String, Object> evidence = new LinkedHashMap<>();
    if (view.verification() != null) {
      evidence.put("code-search hit", view.verification().get("verdict"));
      evidence.put("verified by", view.verification().get("detail"));
    }
    evidence.put("keyword arguments", keywordArguments(view));
    evidence.put("call sequence", view.usage().get("api_sequence"));
    evidence.put("extracted", view.usage().get("extracted_at"));
    html.append(Markup.facts(evidence));
    for (Map<String, Object> membership : view.memberships()) {
      Object pattern = membership.get("pattern");
      html.append("<p>").append(pattern == null ? "Noise (no pattern) of " : "Pattern " + pattern + " of ")
          .append(Markup.link(PatternPage.link(String.valueOf(membership.get("group_by")),
              String.valueOf(membership.get("group_key"))), membership.get("group_by") + " " + membership.get("group_key")))
          .append(id.equals(membership.get("representative_usage_id")) ? " (its representative)" : "")
          .append("</p>");
    }
    html.append("</section></div>\n");
    similar(id, "yes".equals(ctx.queryParam("similar")), html);
    site.page(ctx, "/usages", (repository == null ? "" : repository + ":") + path + ":" + view.line(), html.toString());
  }

  private static List<String> keywordArguments(UsageView view) {
    @SuppressWarnings("unchecked")
    List<String> names = (List<String>) view.usage().get("keyword_args");
    @SuppressWarnings("unchecked")
    List<String> values = (List<String>) view.usage().get("keyword_values");
    if (names == null) {
      return List.of();
    }
    java.util.ArrayList<String> shown = new java.util.ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      shown.add(values != null && i < values.size() ? names.get(i) + "=" + values.get(i) : names.get(i));
    }
    return shown;
  }

  private void similar(String id, boolean asked, StringBuilder html) {
    int k = site.settings().similarUsages();
    if (k == 0) {
      return;
    }
    html.append("<h2 id=\"similar\">Similar usages</h2>");
    long group = UsageReadModel.groupSize(site.store(), id, site.spec().patterns().groupBy());
    if (!asked && group > site.settings().similarGroupLimit()) {
      html.append("<p>").append(Markup.link(Markup.url(PATH, "id", id, "similar", "yes") + "#similar",
          "Find the nearest of " + Markup.count(group) + " usages")).append(" <span class=\"muted\">(a large group: "
          + "one cosine per usage, seconds rather than milliseconds)</span></p>\n");
      return;
    }
    SimilarUsages.Result result;
    try {
      result = new SimilarUsages(site.store(), site.spec().patterns()).ofUsage(id, k);
    } catch (IllegalArgumentException e) {
      html.append("<p class=\"muted\">").append(text(e.getMessage())).append("</p>\n");
      return;
    }
    if (result.neighbours().isEmpty()) {
      html.append("<p class=\"muted\">No other usage in ").append(text(result.group())).append(".</p>\n");
      return;
    }
    html.append("<p class=\"muted\">Nearest usages in ").append(text(result.group()))
        .append(" by TF-IDF cosine distance over call sequences and keywords (as <code>patterns similar</code>).</p><ol>");
    for (UsagePattern.Neighbour neighbour : result.neighbours()) {
      html.append("<li>").append(Markup.link(link(neighbour.usage().usageId()), neighbour.usage().location()))
          .append(" <span class=\"muted\">distance ").append(Markup.decimal(neighbour.distance())).append(", ")
          .append(text(neighbour.usage().api())).append("</span></li>");
    }
    html.append("</ol>\n");
  }
}

package io.hfmine.web.pages.models;

import static io.hfmine.web.html.Markup.count;
import static io.hfmine.web.html.Markup.text;

import io.hfmine.web.NotFoundException;
import io.hfmine.web.Site;
import io.hfmine.web.html.Markup;
import io.hfmine.web.pages.patterns.PatternPage;
import io.hfmine.web.pages.usages.UsagePage;
import io.hfmine.web.pages.models.ModelReadModel.ModelView;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.LinkedHashMap;
import java.util.Map;

/** A model: Hub metadata, card metadata and text, near-duplicates, usages, patterns and issues of projects using it. */
public final class ModelPage implements Handler {
  public static final String PATH = "/model";

  private final Site site;

  public ModelPage(Site site) {
    this.site = site;
  }

  public static String link(String id) {
    return Markup.url(PATH, "id", id);
  }

  @Override
  public void handle(Context ctx) {
    String id = Site.required(ctx, "id");
    ModelView view = ModelReadModel.read(site.store(), id);
    if (view == null) {
      throw new NotFoundException("the store holds no model " + id);
    }
    StringBuilder html = new StringBuilder();
    html.append("<p>").append(Markup.externalLink("https://huggingface.co/" + id, "on the Hugging Face Hub")).append("</p>\n");
    html.append("<div class=\"columns\"><section><h2>Hub metadata</h2>");
    Map<String, Object> facts = new LinkedHashMap<>();
    view.model().forEach((key, value) -> {
      if (!key.equals("id")) {
        facts.put(key.replace('_', ' '), value);
      }
    });
    html.append(Markup.facts(facts)).append("</section><section><h2>Card</h2>");
    Map<String, Object> card = new LinkedHashMap<>();
    card.put("card", view.cardStatus() == null ? "not fetched" : view.cardStatus());
    if (view.cardMetadata() != null) {
      view.cardMetadata().forEach((key, value) -> card.put(key.equals("status") ? "front matter" : key.replace('_', ' '), value));
    }
    html.append(Markup.facts(card));
    if (view.originalId() != null && !view.originalId().equals(id)) {
      html.append("<p>Near-duplicate card: a variant of ").append(Markup.link(link(view.originalId()), view.originalId()))
          .append(".</p>");
    }
    if (!view.variants().isEmpty()) {
      html.append("<p>Original card of ").append(view.variants().size()).append(" near-duplicate variant(s): ");
      html.append(String.join(", ", view.variants().stream().map(v -> Markup.link(link(v), v)).toList())).append(".</p>");
    }
    html.append("</section></div>\n");
    usages(id, view, html);
    patterns(id, view, html);
    html.append("<h2>Issues of projects that use it</h2><p>")
        .append(Markup.link(Markup.url("/issues", "model", id, "selected", "yes"),
            count(view.issuesOfSelectedProjects()) + " issues"))
        .append(" in selected projects; ").append(count(view.repositoriesUsing()))
        .append(" repositories use this model (").append(Markup.link(Markup.url("/issues", "model", id),
            "their issues")).append(").</p>\n");
    if (view.cardText() != null) {
      html.append("<details class=\"card\"><summary>Model card text</summary><div class=\"markdown\">")
          .append(site.markdown().render(view.cardText())).append("</div></details>\n");
    }
    site.page(ctx, "/models", id, html.toString());
  }

  private static void usages(String id, ModelView view, StringBuilder html) {
    html.append("<h2>Usages</h2><p>").append(Markup.link(Markup.url("/usages", "model", id), count(view.usages())
        + " usages")).append(" load this model.</p>\n");
    if (view.firstUsages().isEmpty()) {
      return;
    }
    html.append("<ul class=\"usages\">");
    for (Map<String, Object> usage : view.firstUsages()) {
      String where = (usage.get("repository") == null ? "" : usage.get("repository") + ":") + usage.get("path") + ":"
          + usage.get("line");
      html.append("<li>").append(Markup.link(UsagePage.link(String.valueOf(usage.get("usage_id"))), where))
          .append(" <span class=\"muted\">").append(text(usage.get("api"))).append(", ").append(text(usage.get("resolution")))
          .append("</span></li>");
    }
    html.append("</ul>\n");
  }

  private static void patterns(String id, ModelView view, StringBuilder html) {
    html.append("<h2>Usage patterns</h2>");
    Map<String, Object> group = view.patternGroup();
    if (group == null) {
      html.append("<p class=\"muted\">No pattern group is built for this model.</p>\n");
      return;
    }
    html.append("<p>").append(Markup.link(PatternPage.link("model", id), group.get("patterns") + " pattern(s)"))
        .append(" over ").append(count(((Number) group.get("usages")).longValue())).append(" usages (")
        .append(text(group.get("status"))).append(").</p>\n");
  }
}

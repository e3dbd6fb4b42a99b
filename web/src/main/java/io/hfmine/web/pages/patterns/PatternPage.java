package io.hfmine.web.pages.patterns;

import static io.hfmine.web.html.Markup.text;

import io.hfmine.analyzers.patterns.PatternCatalog;
import io.hfmine.analyzers.patterns.PatternSettings;
import io.hfmine.analyzers.patterns.StoredGroup;
import io.hfmine.analyzers.patterns.Usage;
import io.hfmine.web.NotFoundException;
import io.hfmine.web.Site;
import io.hfmine.web.html.Markup;
import io.hfmine.web.pages.models.ModelPage;
import io.hfmine.web.pages.usages.UsagePage;
import io.hfmine.web.table.BadRequestException;
import io.hfmine.web.table.Rows;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The patterns of a group (a model, library or API): per pattern its size and coverage, call
 * sequence, keywords, the medoid's snippet and the members nearest to it side by side.
 */
public final class PatternPage implements Handler {
  public static final String PATH = "/pattern";

  private final Site site;

  public PatternPage(Site site) {
    this.site = site;
  }

  public static String link(String groupBy, String key) {
    return Markup.url(PATH, "by", groupBy, "key", key);
  }

  @Override
  public void handle(Context ctx) {
    String by = Site.required(ctx, "by");
    String key = Site.required(ctx, "key");
    PatternSettings.GroupBy groupBy;
    try {
      groupBy = PatternSettings.GroupBy.valueOf(by.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BadRequestException("by must be model, library or api; got '" + by + "'");
    }
    StoredGroup group;
    try {
      group = new PatternCatalog(site.store()).group(groupBy, key);
    } catch (IllegalArgumentException e) {
      throw new NotFoundException(e.getMessage());
    }
    StoredGroup.Header header = group.header();
    StringBuilder html = new StringBuilder();
    if (groupBy == PatternSettings.GroupBy.MODEL) {
      html.append("<p>").append(Markup.link(ModelPage.link(key), "model page")).append(" · ");
    } else {
      html.append("<p>");
    }
    html.append(Markup.link(Markup.url("/usages", groupBy == PatternSettings.GroupBy.MODEL ? "model" : groupBy.key(), key),
        "all " + header.usages() + " usages")).append("</p>\n");
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("status", header.status() + (header.message() == null ? "" : " (" + header.message() + ")"));
    facts.put("algorithm", header.algorithm() + (header.chosenK() == null ? "" : ", k = " + header.chosenK()));
    facts.put("usages", header.usages());
    facts.put("patterns", header.patterns());
    facts.put("noise", header.noise() == 0 ? null : header.noise());
    facts.put("silhouette (cosine)", header.silhouette());
    facts.put("coverage", header.coverage() == null ? null : Markup.percent(header.coverage()));
    facts.put("succinctness", header.succinctness());
    String built = header.builtAt() == null ? "" : header.builtAt().replace('T', ' ');
    facts.put("built", (built.length() > 16 ? built.substring(0, 16) : built) + " UTC, seed " + header.seed());
    html.append(Markup.facts(facts));
    html.append("<p class=\"muted\">Coverage: share of the group's usages whose call sequence contains a pattern's "
        + "sequence in order. Succinctness: 1 − patterns / distinct call sequences.</p>\n");
    Map<String, Map<String, Object>> sources = sources(group);
    for (StoredGroup.Pattern pattern : group.patterns()) {
      pattern(pattern, sources, html);
    }
    site.page(ctx, "/patterns", groupBy.key() + " " + key, html.toString());
  }

  private void pattern(StoredGroup.Pattern pattern, Map<String, Map<String, Object>> sources, StringBuilder html) {
    html.append("<section class=\"pattern\" id=\"pattern-").append(pattern.number()).append("\"><h2>Pattern ")
        .append(pattern.number()).append(": ").append(pattern.size()).append(" usages, ")
        .append(Markup.percent(pattern.coverage())).append(" of the group</h2>\n");
    if (pattern.summary() != null && !pattern.summary().isBlank()) {
      html.append("<p class=\"summary-text\">").append(text(pattern.summary())).append("</p>");
    }
    html.append("<p class=\"sequence\">").append(pattern.sequence().isEmpty() ? "<span class=\"muted\">no calls</span>"
        : String.join(" → ", pattern.sequence().stream().map(s -> "<code>" + text(s) + "</code>").toList()))
        .append("</p>");
    if (!pattern.keywordArgs().isEmpty()) {
      html.append("<p>keywords: ").append(String.join(", ", pattern.keywordArgs().stream()
          .map(s -> "<code>" + text(s) + "</code>").toList())).append("</p>");
    }
    html.append("<h3>Representative (medoid)</h3>");
    snippet(pattern.representative(), sources, "p" + pattern.number() + "m-", html);
    List<Usage> members = pattern.nearest().stream()
        .filter(u -> !u.usageId().equals(pattern.representative().usageId()))
        .limit(site.settings().patternMembers()).toList();
    if (!members.isEmpty()) {
      html.append("<h3>Members nearest to it</h3><div class=\"side-by-side\">");
      int n = 0;
      for (Usage member : members) {
        html.append("<div>");
        snippet(member, sources, "p" + pattern.number() + "n" + (n++) + "-", html);
        html.append("</div>");
      }
      html.append("</div>");
    }
    html.append("</section>\n");
  }

  private void snippet(Usage usage, Map<String, Map<String, Object>> sources, String idPrefix, StringBuilder html) {
    Map<String, Object> source = sources.getOrDefault(usage.usageId(), Map.of());
    html.append("<p class=\"where\">").append(Markup.link(UsagePage.link(usage.usageId()), usage.location()))
        .append("</p>");
    html.append(site.code().snippet((String) source.get("language"), usage.snippet(), (String) source.get("content"),
        usage.line(), usage.api(), idPrefix));
  }

  /**
   * Language and file text of every usage shown, in two look-ups by primary key (usages, then their
   * files): joined in one query, DuckDB scanned every usage instead of using the key.
   */
  private Map<String, Map<String, Object>> sources(StoredGroup group) {
    List<String> ids = new ArrayList<>();
    for (StoredGroup.Pattern pattern : group.patterns()) {
      ids.add(pattern.representative().usageId());
      pattern.nearest().stream().limit(site.settings().patternMembers() + 1L).forEach(u -> ids.add(u.usageId()));
    }
    if (ids.isEmpty()) {
      return Map.of();
    }
    return site.store().read(connection -> {
      Map<String, Map<String, Object>> byId = new LinkedHashMap<>();
      List<Map<String, Object>> usages = Rows.all(connection, "SELECT usage_id, language, blob_sha FROM usages "
          + "WHERE usage_id IN (" + placeholders(ids.size()) + ")", ids.toArray());
      List<Object> blobs = usages.stream().map(u -> u.get("blob_sha")).filter(java.util.Objects::nonNull).distinct()
          .toList();
      Map<Object, Object> contents = new java.util.HashMap<>();
      if (!blobs.isEmpty()) {
        for (Map<String, Object> file : Rows.all(connection, "SELECT blob_sha, content FROM files WHERE blob_sha IN ("
            + placeholders(blobs.size()) + ") AND status = 'ok'", blobs.toArray())) {
          contents.put(file.get("blob_sha"), file.get("content"));
        }
      }
      for (Map<String, Object> usage : usages) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("usage_id", usage.get("usage_id"));
        row.put("language", usage.get("language"));
        row.put("content", usage.get("blob_sha") == null ? null : contents.get(usage.get("blob_sha")));
        byId.put((String) usage.get("usage_id"), row);
      }
      return byId;
    });
  }

  private static String placeholders(int count) {
    return String.join(", ", java.util.Collections.nCopies(count, "?"));
  }
}

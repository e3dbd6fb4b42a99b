package io.hfmine.web.pages.usages;

import io.hfmine.datasets.store.Store;
import io.hfmine.web.aggregates.UsageAggregates;
import io.hfmine.web.table.Rows;
import java.util.List;
import java.util.Objects;
import java.util.Map;

/** The SQL of a usage page: the usage, its file's text, the code-search hit and verdict, its pattern membership. */
public final class UsageReadModel {
  private UsageReadModel() {
  }

  /**
   * What a usage page shows.
   *
   * @param hitUrl GitHub's address of the file at the commit code search saw, or null
   * @param fileContent the file's text when the store holds it (to number the snippet's lines)
   */
  public record UsageView(Map<String, Object> usage, String hitUrl, String fileContent, Map<String, Object> verification,
      List<Map<String, Object>> memberships) {

    public String string(String column) {
      Object value = usage.get(column);
      return value == null ? null : String.valueOf(value);
    }

    public int line() {
      return ((Number) usage.get("line")).intValue();
    }
  }

  /** The usage, or null when no usage has the id. */
  public static UsageView read(Store store, String usageId) {
    return store.read(connection -> {
      Map<String, Object> usage = Rows.one(connection, "SELECT usage_id, repository, path, blob_sha, language, line, "
          + "col, library, api, kind, model_literal, model_id, resolution, condition, keyword_args, keyword_values, "
          + "api_sequence, snippet, extracted_at FROM usages WHERE usage_id = ?", usageId);
      if (usage == null) {
        return null;
      }
      Object blob = usage.get("blob_sha");
      // Each look-up is by blob sha alone, the rest is picked here: DuckDB answers a lone equality on
      // an indexed column through the index, and scans the table when other conditions come along.
      Map<String, Object> hit = null;
      if (blob != null) {
        for (Map<String, Object> row : Rows.all(connection, "SELECT path, repository, html_url, found_at FROM code_hits "
            + "WHERE blob_sha = ?", blob)) {
          if (row.get("html_url") != null && Objects.equals(row.get("path"), usage.get("path"))
              && Objects.equals(row.get("repository"), usage.get("repository"))
              && (hit == null || earlier(row.get("found_at"), hit.get("found_at")))) {
            hit = row;
          }
        }
      }
      Map<String, Object> file = blob == null ? null : Rows.one(connection,
          "SELECT content FROM files WHERE blob_sha = ? AND status = 'ok'", blob);
      Map<String, Object> verification = null;
      if (blob != null && usage.get("model_id") != null) {
        for (Map<String, Object> row : Rows.all(connection, "SELECT model_id, verdict, detail FROM hit_verifications "
            + "WHERE blob_sha = ?", blob)) {
          if (usage.get("model_id").equals(row.get("model_id"))) {
            verification = row;
          }
        }
      }
      List<Map<String, Object>> memberships = Rows.all(connection, "SELECT m.group_by, m.group_key, m.pattern, "
          + "m.distance, p.representative_usage_id FROM pattern_members m LEFT JOIN patterns p ON p.group_by = m.group_by "
          + "AND p.group_key = m.group_key AND p.pattern = m.pattern WHERE m.usage_id = ? ORDER BY m.group_by", usageId);
      return new UsageView(usage, hit == null ? null : (String) hit.get("html_url"),
          file == null ? null : (String) file.get("content"), verification, memberships);
    });
  }

  /** Whether a hit found at {@code time} came before one found at {@code than}; unknown times last. */
  private static boolean earlier(Object time, Object than) {
    return time instanceof java.time.LocalDateTime at
        && (!(than instanceof java.time.LocalDateTime other) || at.isBefore(other));
  }

  /**
   * How many usages share this usage's group (its model, library or API), the candidates of
   * "similar usages"; from {@link UsageAggregates}, which must be built.
   */
  public static long groupSize(Store store, String usageId, io.hfmine.analyzers.patterns.PatternSettings.GroupBy groupBy) {
    String column = switch (groupBy) {
      case MODEL -> "model_id";
      case LIBRARY -> "library";
      case API -> "api";
    };
    String name = switch (groupBy) {
      case MODEL -> "model";
      case LIBRARY -> "library";
      case API -> "api";
    };
    return store.read(connection -> Rows.number(connection, "SELECT g.usages FROM " + UsageAggregates.GROUPS
        + " g, usages u WHERE u.usage_id = ? AND g.group_by = '" + name + "' AND g.group_key = u." + column, usageId));
  }
}

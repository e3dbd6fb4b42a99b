package io.hfmine.web.pages.issues;

import java.util.List;

/**
 * The labels that count for an issue, as SQL: per issue and label kind, the source that comes
 * first in {@code stats.label-sources} ({@code human:*} before {@code rules} by default; among
 * several annotators the alphabetically first), exactly as the resolution study and the report
 * choose them ({@code LabelSourcePreference}), so the browser's "PTM-related" is the report's.
 */
public final class PreferredLabels {
  private final List<String> patterns;

  public PreferredLabels(List<String> patterns) {
    if (patterns.isEmpty()) {
      throw new IllegalArgumentException("stats.label-sources is empty: no label source would count");
    }
    this.patterns = List.copyOf(patterns);
  }

  /** The rank of {@code source} among the patterns, null when none accepts it. */
  String rank(String column) {
    StringBuilder sql = new StringBuilder("CASE");
    for (int i = 0; i < patterns.size(); i++) {
      String pattern = patterns.get(i);
      String test = pattern.endsWith("*")
          ? "starts_with(" + column + ", " + literal(pattern.substring(0, pattern.length() - 1)) + ")"
          : column + " = " + literal(pattern);
      sql.append(" WHEN ").append(test).append(" THEN ").append(i);
    }
    return sql.append(" END").toString();
  }

  /**
   * A subquery with one row per issue that has labels of {@code kind} from an accepted source:
   * {@code repository, issue_number, vals} (the preferred source's values, sorted).
   */
  public String subquery(String kind) {
    return "(SELECT repository, issue_number, list(DISTINCT value ORDER BY value) AS vals FROM ("
        + "SELECT repository, issue_number, value, rank() OVER (PARTITION BY repository, issue_number "
        + "ORDER BY " + rank("source") + ", source) AS r FROM issue_labels WHERE label_kind = " + literal(kind)
        + " AND " + rank("source") + " IS NOT NULL) WHERE r = 1 GROUP BY repository, issue_number)";
  }

  /** yes / no from a ptm subquery's {@code vals}; null when unlabelled or the source contradicts itself. */
  public static String ptmAnswer(String vals) {
    return "CASE WHEN " + vals + " = ['true'] THEN 'yes' WHEN " + vals + " = ['false'] THEN 'no' END";
  }

  /** The patterns, in order, as the configuration gives them. */
  public List<String> patterns() {
    return patterns;
  }

  private static String literal(String text) {
    return "'" + text.replace("'", "''") + "'";
  }
}

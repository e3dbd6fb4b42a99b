package io.hfmine.web.pages.issues;

import java.util.List;

/**
 * The labels that count for an issue, as SQL: per issue and label kind, the source that comes
 * first in {@code stats.label-sources} ({@code human:*} before {@code rules} by default; among
 * several annotators the alphabetically first), exactly as the resolution study and the report
 * choose them ({@code LabelSourcePreference}), so the browser's "PTM-related" is the report's.
 */
public final class PreferredLabels {
  /** The session-local table holding every issue's preferred PTM answer and themes. */
  public static final String TABLE = "web_preferred_labels";

  private final List<String> patterns;
  private volatile boolean built;

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

  /**
   * Makes sure {@link #TABLE} holds every issue's preferred labels ({@code repository,
   * issue_number, ptm} yes / no / null {@code , themes}); pages join it instead of ranking all
   * labels on every request. Rebuilt after annotation writes ({@link #stale()}).
   */
  public void ensure(io.hfmine.datasets.store.Store store) {
    if (built) {
      return;
    }
    synchronized (this) {
      if (built) {
        return;
      }
      store.read(connection -> {
        try (java.sql.Statement statement = connection.createStatement()) {
          statement.execute("CREATE OR REPLACE TEMP TABLE " + TABLE + " AS SELECT i.repository, i.number AS issue_number, "
              + ptmAnswer("p.vals") + " AS ptm, t.vals AS themes FROM issues i LEFT JOIN " + subquery("ptm")
              + " p ON p.repository = i.repository AND p.issue_number = i.number LEFT JOIN " + subquery("theme")
              + " t ON t.repository = i.repository AND t.issue_number = i.number");
        }
        return null;
      });
      built = true;
    }
  }

  /** Labels changed: the next page rebuilds the table. */
  public void stale() {
    built = false;
  }

  /** The patterns, in order, as the configuration gives them. */
  public List<String> patterns() {
    return patterns;
  }

  private static String literal(String text) {
    return "'" + text.replace("'", "''") + "'";
  }
}

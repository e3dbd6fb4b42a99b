package io.hfmine.web.aggregates;

import io.hfmine.datasets.store.Store;
import java.sql.Statement;

/**
 * Per-model, per-repository and per-group usage counts, computed once when the server starts into
 * temporary tables. A model page needs how many usages load the model, in how many repositories,
 * and how many issues the selected ones among those repositories hold; a usage page needs how large
 * its pattern group is; the repositories view how many usages and stored issues each repository
 * has. Each is a pass over a million usages when asked on every request, and none changes while
 * the server runs: usages, repositories and issues are never written by it (only annotations are).
 */
public final class UsageAggregates {
  /** {@code model_id, usages, repositories, selected_issues}: one row per model some usage loads. */
  public static final String MODELS = "web_model_usage";
  /** {@code repository, usages, issues}: one row per repository some usage or stored issue names. */
  public static final String REPOSITORIES = "web_repository_counts";
  /** {@code group_by ('model' | 'library' | 'api'), group_key, usages}. */
  public static final String GROUPS = "web_usage_groups";

  private UsageAggregates() {
  }

  /** Builds both tables on the store's connection (they live as long as it does). */
  public static void build(Store store) {
    store.read(connection -> {
      try (Statement sql = connection.createStatement()) {
        sql.execute("CREATE OR REPLACE TEMP TABLE " + MODELS + " AS "
            + "WITH per_repository AS (SELECT model_id, repository, count(*) AS n FROM usages "
            + "WHERE model_id IS NOT NULL GROUP BY ALL), "
            + "selected_issues AS (SELECT repository, count(*) AS n FROM issues "
            + "WHERE repository IN (SELECT full_name FROM repository_selection) GROUP BY ALL) "
            + "SELECT p.model_id, sum(p.n)::BIGINT AS usages, count(p.repository) AS repositories, "
            + "coalesce(sum(s.n), 0)::BIGINT AS selected_issues FROM per_repository p "
            + "LEFT JOIN selected_issues s ON s.repository = p.repository GROUP BY p.model_id");
        sql.execute("CREATE OR REPLACE TEMP TABLE " + GROUPS + " AS "
            + "SELECT 'model' AS group_by, model_id AS group_key, count(*) AS usages FROM usages "
            + "WHERE model_id IS NOT NULL GROUP BY ALL "
            + "UNION ALL SELECT 'library', library, count(*) FROM usages GROUP BY ALL "
            + "UNION ALL SELECT 'api', api, count(*) FROM usages GROUP BY ALL");
        sql.execute("CREATE OR REPLACE TEMP TABLE " + REPOSITORIES + " AS "
            + "SELECT repository, sum(usages)::BIGINT AS usages, sum(issues)::BIGINT AS issues FROM ("
            + "SELECT repository, count(*) AS usages, 0 AS issues FROM usages WHERE repository IS NOT NULL GROUP BY ALL "
            + "UNION ALL SELECT repository, 0, count(*) FROM issues GROUP BY ALL) GROUP BY repository");
      }
      return null;
    });
  }
}

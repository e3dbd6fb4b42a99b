package io.hfmine.reports.setasks;

import io.hfmine.analyzers.setasks.taxonomy.Activity;
import io.hfmine.analyzers.setasks.taxonomy.SeTaxonomy;
import io.hfmine.datasets.store.Store;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Reads the SE-task study from {@code se_task_*}: what counts is the LLM-confirmed activities when
 * the confirmation ran, else the activities of the unique cards after the rule stages.
 */
public final class SeTaskReportReader {
  static final int TOP_TASKS = 5;
  static final int TOP_ROWS = 10;
  /** Quarters shown in the growth chart start here (the reference study's window). */
  static final int FIRST_YEAR = 2020;

  private SeTaskReportReader() {
  }

  public static SeTaskReportData read(Store store) {
    return store.read(connection -> {
      if (count(connection, "SELECT count(*) FROM se_task_items") == 0) {
        return new SeTaskReportData(false, "", List.of(), List.of(), Map.of(), Map.of(), List.of(), List.of(),
            new long[0][0], List.of(), Map.of(), new long[0][0], List.of(), List.of(), List.of(), List.of());
      }
      boolean confirmed = count(connection, "SELECT count(*) FROM se_task_items WHERE se_item IS NOT NULL") > 0;
      String basis = confirmed ? "activities the LLM confirmed" : "activities of the unique cards after the rule stages "
          + "(no LLM confirmation ran)";
      String items = confirmed
          ? "SELECT item_kind, item_id, confirmed_activities AS acts FROM se_task_items WHERE se_item"
          : "SELECT item_kind, item_id, activities AS acts FROM se_task_items WHERE unique_card";
      Map<String, String> names = activityNames(connection);
      List<String> activities = new ArrayList<>(names.keySet());
      Map<String, long[]> perActivity = new LinkedHashMap<>();
      activities.forEach(a -> perActivity.put(a, new long[2]));
      forEach(connection, "SELECT a, item_kind, count(*) FROM (SELECT item_kind, unnest(acts) AS a FROM (" + items
          + ")) GROUP BY ALL", row -> {
            long[] counts = perActivity.computeIfAbsent(row.getString(1), k -> new long[2]);
            counts[row.getString(2).equals("model") ? 0 : 1] = row.getLong(3);
          });
      List<List<String>> topTasks = new ArrayList<>();
      forEach(connection, "SELECT activity, task_id, n FROM (SELECT m.activity, m.task_id, count(DISTINCT m.item_kind "
          + "|| '/' || m.item_id) AS n FROM se_task_matches m JOIN (" + items + ") i USING (item_kind, item_id) "
          + "WHERE m.excluded_by IS NULL AND list_contains(i.acts, m.activity) GROUP BY m.activity, m.task_id) "
          + "QUALIFY row_number() OVER (PARTITION BY activity ORDER BY n DESC, task_id) <= " + TOP_TASKS
          + " ORDER BY activity, n DESC, task_id", row -> topTasks.add(List.of(names.getOrDefault(row.getString(1),
              row.getString(1)), row.getString(2), Long.toString(row.getLong(3)))));
      List<String> tags = new ArrayList<>();
      Map<String, Map<String, Long>> byTag = new LinkedHashMap<>();
      forEach(connection, "SELECT tag, a, n FROM (SELECT coalesce(m.pipeline_tag, '(none)') AS tag, a, count(*) AS n "
          + "FROM (SELECT item_id, unnest(acts) AS a FROM (" + items + ") WHERE item_kind = 'model') i JOIN models m "
          + "ON m.id = i.item_id GROUP BY 1, 2) ORDER BY sum(n) OVER (PARTITION BY tag) DESC, tag, a", row -> {
            if (!tags.contains(row.getString(1))) {
              tags.add(row.getString(1));
            }
            byTag.computeIfAbsent(row.getString(2), k -> new LinkedHashMap<>()).put(row.getString(1), row.getLong(3));
          });
      long[][] heat = new long[activities.size()][tags.size()];
      for (int a = 0; a < activities.size(); a++) {
        for (int t = 0; t < tags.size(); t++) {
          heat[a][t] = byTag.getOrDefault(activities.get(a), Map.of()).getOrDefault(tags.get(t), 0L);
        }
      }
      TreeSet<String> quarterSet = new TreeSet<>();
      Map<String, Map<String, Long>> byQuarter = new LinkedHashMap<>();
      forEach(connection, "SELECT year(c) || '-Q' || quarter(c) AS q, a, count(*) FROM (SELECT i.item_kind, "
          + "unnest(i.acts) AS a, coalesce(m.created_at, d.created_at) AS c FROM (" + items + ") i LEFT JOIN models m "
          + "ON i.item_kind = 'model' AND m.id = i.item_id LEFT JOIN datasets d ON i.item_kind = 'dataset' AND d.id = "
          + "i.item_id) WHERE year(c) >= " + FIRST_YEAR + " GROUP BY ALL", row -> {
            quarterSet.add(row.getString(1));
            byQuarter.computeIfAbsent(row.getString(2), k -> new LinkedHashMap<>()).put(row.getString(1), row.getLong(3));
          });
      List<String> quarters = quarters(quarterSet);
      Map<String, long[]> growth = new LinkedHashMap<>();
      for (String activity : activities) {
        long[] values = new long[quarters.size()];
        long total = 0;
        for (int q = 0; q < quarters.size(); q++) {
          total += byQuarter.getOrDefault(activity, Map.of()).getOrDefault(quarters.get(q), 0L);
          values[q] = total;
        }
        growth.put(names.get(activity), values);
      }
      long[][] pairs = new long[activities.size()][activities.size()];
      forEach(connection, "SELECT a, b, count(*) FROM (SELECT item_kind, item_id, unnest(acts) AS a FROM (" + items
          + ")) JOIN (SELECT item_kind, item_id, unnest(acts) AS b FROM (" + items + ")) USING (item_kind, item_id) "
          + "GROUP BY ALL", row -> {
            int a = activities.indexOf(row.getString(1));
            int b = activities.indexOf(row.getString(2));
            if (a >= 0 && b >= 0) {
              pairs[a][b] = row.getLong(3);
            }
          });
      List<List<String>> licences = new ArrayList<>();
      forEach(connection, "SELECT a, licence, n FROM (SELECT a, coalesce(md.license, replace(list_filter(m.tags, "
          + "t -> t LIKE 'license:%')[1], 'license:', ''), '(none)') AS licence, count(*) AS n FROM (SELECT item_id, "
          + "unnest(acts) AS a FROM (" + items + ") WHERE item_kind = 'model') i JOIN models m ON m.id = i.item_id "
          + "LEFT JOIN card_metadata md ON md.model_id = i.item_id GROUP BY a, licence) QUALIFY row_number() OVER "
          + "(PARTITION BY a ORDER BY n DESC, licence) <= 3 ORDER BY a, n DESC, licence", row -> licences.add(List.of(
              names.getOrDefault(row.getString(1), row.getString(1)), row.getString(2), Long.toString(row.getLong(3)))));
      List<List<String>> bases = new ArrayList<>();
      forEach(connection, "SELECT b, count(*) FROM (SELECT unnest(md.base_model) AS b FROM (" + items + ") i JOIN "
          + "card_metadata md ON md.model_id = i.item_id WHERE i.item_kind = 'model') GROUP BY b ORDER BY count(*) DESC, b "
          + "LIMIT " + TOP_ROWS, row -> bases.add(List.of(row.getString(1), Long.toString(row.getLong(2)))));
      List<List<String>> benchmarks = new ArrayList<>();
      forEach(connection, "SELECT benchmark, count(DISTINCT item_kind || '/' || item_id), round(median(value), 1), "
          + "round(max(value), 1) FROM se_task_benchmarks b JOIN (" + items + ") i USING (item_kind, item_id) GROUP BY "
          + "benchmark ORDER BY 2 DESC, benchmark", row -> benchmarks.add(List.of(row.getString(1),
              Long.toString(row.getLong(2)), row.getString(3), row.getString(4))));
      List<List<String>> validations = new ArrayList<>();
      forEach(connection, "SELECT sample, activity, arg_max(annotator, validated_at), arg_max(items, validated_at), "
          + "arg_max(agreement, validated_at), arg_max(kappa, validated_at), arg_max(passed, validated_at) FROM "
          + "se_task_validations GROUP BY sample, activity ORDER BY sample DESC, activity", row -> validations.add(List.of(
              row.getString(1), names.getOrDefault(row.getString(2), row.getString(2)), row.getString(3),
              Long.toString(row.getLong(4)), String.format(Locale.ROOT, "%.3f", row.getDouble(5)),
              row.getObject(6) == null ? "n/a" : String.format(Locale.ROOT, "%.3f", row.getDouble(6)),
              row.getBoolean(7) ? "yes" : "no")));
      List<List<String>> status = new ArrayList<>();
      forEach(connection, "SELECT item_kind, count(*) FILTER (WHERE card_status = 'none'), count(*) FILTER (WHERE "
          + "card_status = 'empty'), count(*) FILTER (WHERE card_status = 'ok' AND NOT matched), count(*) FILTER (WHERE "
          + "card_status = 'ok' AND matched) FROM se_task_items GROUP BY item_kind ORDER BY item_kind DESC", row ->
          status.add(List.of(row.getString(1) + "s", fmt(row.getLong(2)), fmt(row.getLong(3)), fmt(row.getLong(4)),
              fmt(row.getLong(5)))));
      return new SeTaskReportData(true, basis, status, activities, names, perActivity, topTasks, tags, heat, quarters,
          growth, pairs, licences, bases, benchmarks, validations);
    });
  }

  private static Map<String, String> activityNames(Connection connection) throws SQLException {
    Map<String, String> names = new LinkedHashMap<>();
    String location = null;
    try (Statement s = connection.createStatement(); ResultSet rows = s.executeQuery("SELECT taxonomy FROM se_task_runs")) {
      if (rows.next()) {
        location = rows.getString(1);
      }
    }
    try {
      for (Activity activity : SeTaxonomy.load(location).activities()) {
        names.put(activity.id(), activity.name());
      }
    } catch (RuntimeException e) {
      // The taxonomy file moved since the run: fall back to the ids found in the store.
      try (Statement s = connection.createStatement();
           ResultSet rows = s.executeQuery("SELECT DISTINCT activity FROM se_task_matches ORDER BY 1")) {
        while (rows.next()) {
          names.put(rows.getString(1), rows.getString(1));
        }
      }
    }
    return names;
  }

  // Every quarter from the first to the last seen, so that gaps show as flat lines.
  private static List<String> quarters(TreeSet<String> seen) {
    List<String> all = new ArrayList<>();
    if (seen.isEmpty()) {
      return all;
    }
    int year = Integer.parseInt(seen.first().substring(0, 4));
    int quarter = seen.first().charAt(6) - '0';
    String last = seen.last();
    while (true) {
      String label = year + "-Q" + quarter;
      all.add(label);
      if (label.equals(last)) {
        return all;
      }
      quarter = quarter == 4 ? 1 : quarter + 1;
      year = quarter == 1 ? year + 1 : year;
    }
  }

  private static String fmt(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }

  private static long count(Connection connection, String sql) throws SQLException {
    try (Statement s = connection.createStatement(); ResultSet rows = s.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  @FunctionalInterface
  private interface RowSink {
    void accept(ResultSet row) throws SQLException;
  }

  private static void forEach(Connection connection, String sql, RowSink sink) throws SQLException {
    try (Statement s = connection.createStatement(); ResultSet rows = s.executeQuery(sql)) {
      while (rows.next()) {
        sink.accept(rows);
      }
    }
  }
}

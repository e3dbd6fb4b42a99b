package io.hfmine.analyzers.stats.resolution;

import io.hfmine.datasets.store.Store;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Reads issues and their chosen labels from the store (tables issues and issue_labels). */
public final class StudyIssueReader {
  private StudyIssueReader() {
  }

  /** Every issue with the labels of the preferred source per label kind; timestamps are UTC. */
  public static List<StudyIssue> read(Store store, LabelSourcePreference preference) {
    return store.read(connection -> {
      Map<String, Map<String, Map<String, Set<String>>>> labels = new HashMap<>();
      try (Statement statement = connection.createStatement();
           ResultSet rows = statement.executeQuery(
               "SELECT repository, issue_number, label_kind, value, source FROM issue_labels")) {
        while (rows.next()) {
          labels.computeIfAbsent(rows.getString(1) + "#" + rows.getInt(2), k -> new HashMap<>())
              .computeIfAbsent(rows.getString(3).toLowerCase(Locale.ROOT), k -> new TreeMap<>())
              .computeIfAbsent(rows.getString(5), k -> new TreeSet<>())
              .add(rows.getString(4));
        }
      }
      List<StudyIssue> issues = new ArrayList<>();
      try (Statement statement = connection.createStatement();
           ResultSet rows = statement.executeQuery(
               "SELECT repository, number, state, created_at, closed_at FROM issues ORDER BY repository, number")) {
        while (rows.next()) {
          String repository = rows.getString(1);
          int number = rows.getInt(2);
          Map<String, Map<String, Set<String>>> kinds = labels.getOrDefault(repository + "#" + number, Map.of());
          issues.add(new StudyIssue(repository, number, rows.getString(3),
              utc(rows.getObject(4, LocalDateTime.class)), utc(rows.getObject(5, LocalDateTime.class)),
              ptm(repository, number, preference.choose(kinds.getOrDefault("ptm", Map.of()))),
              type(preference.choose(kinds.getOrDefault("type", Map.of()))),
              preference.choose(kinds.getOrDefault("theme", Map.of())),
              preference.choose(kinds.getOrDefault("subtheme", Map.of()))));
        }
      }
      return issues;
    });
  }

  /** true / false; both from one source (a contradiction) counts as unlabelled. */
  private static Boolean ptm(String repository, int number, Set<String> values) {
    Boolean result = null;
    for (String value : values) {
      Boolean parsed = switch (value.strip().toLowerCase(Locale.ROOT)) {
        case "true" -> Boolean.TRUE;
        case "false" -> Boolean.FALSE;
        default -> throw new IllegalArgumentException("issue_labels: " + repository + "#" + number
            + " has ptm label '" + value + "'; expected true or false");
      };
      if (result != null && !result.equals(parsed)) {
        return null;
      }
      result = parsed;
    }
    return result;
  }

  /** One type per issue for the chi-square test; several are resolved alphabetically. */
  private static String type(Set<String> values) {
    return values.isEmpty() ? null : values.iterator().next();
  }

  private static Instant utc(LocalDateTime time) {
    return time == null ? null : time.toInstant(ZoneOffset.UTC);
  }
}

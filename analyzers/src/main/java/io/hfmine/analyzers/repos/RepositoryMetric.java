package io.hfmine.analyzers.repos;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** A numeric column of {@code repositories} that a selection threshold can apply to. */
public enum RepositoryMetric {
  STARS("stars", "stars"),
  FORKS("forks", "forks"),
  WATCHERS("watchers", "watchers"),
  OPEN_ISSUES("open-issues", "open_issues"),
  ISSUES_TOTAL("issues-total", "issues_total"),
  COMMITS("commits", "commits"),
  SIZE_KB("size-kb", "size_kb");

  private final String key;
  private final String column;

  RepositoryMetric(String key, String column) {
    this.key = key;
    this.column = column;
  }

  /** The name used in the configuration and in funnel rules, e.g. {@code issues-total}. */
  public String key() {
    return key;
  }

  /** The column of {@code repositories} holding it. */
  public String column() {
    return column;
  }

  /** The metric named {@code key}; an unknown name is an error listing the known ones. */
  public static RepositoryMetric byKey(String key) {
    String wanted = key.toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(metric -> metric.key.equals(wanted)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown repository metric '" + key + "' (known: "
            + Arrays.stream(values()).map(RepositoryMetric::key).collect(Collectors.joining(", ")) + ")"));
  }
}

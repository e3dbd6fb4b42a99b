package io.hfmine.devtools.sample;

import com.fasterxml.jackson.databind.JsonNode;
import io.hfmine.devtools.sample.SampleSources.SubTheme;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Figures of one generation run of the GitHub sample, printed for the README. */
public final class SampleSummary {
  int repositories;
  int repositoriesWithCode;
  int files;
  int issues;
  int pullRequests;
  int comments;
  int ptm;
  int open;
  int reopened;
  final Map<String, Integer> perTheme = new TreeMap<>();
  final Map<String, Integer> perSubTheme = new TreeMap<>();
  final Map<String, Integer> stateReasons = new TreeMap<>();
  final Map<String, Integer> labels = new TreeMap<>();
  /** Per project: issues, PTM-related, open, pull requests, comments. */
  final Map<String, int[]> perProject = new LinkedHashMap<>();
  /** Whole days from creation to closure of closed issues, per group (PTM, non-PTM, PTM by first theme). */
  final Map<String, List<Long>> resolutionDays = new TreeMap<>();

  void count(String project, SynthesizedIssue issue) {
    int[] row = perProject.computeIfAbsent(project, p -> new int[5]);
    comments += issue.comments().size();
    row[4] += issue.comments().size();
    if (issue.pullRequest()) {
      pullRequests++;
      row[3]++;
      return;
    }
    issues++;
    row[0]++;
    JsonNode stateReason = issue.issue().get("state_reason");
    stateReasons.merge(issue.issue().get("state").asText() + "/" + (stateReason.isNull() ? "null" : stateReason.asText()),
        1, Integer::sum);
    issue.issue().get("labels").forEach(label -> labels.merge(label.get("name").asText(), 1, Integer::sum));
    row[1] += issue.challenges().isEmpty() ? 0 : 1;
    row[2] += issue.open() ? 1 : 0;
    open += issue.open() ? 1 : 0;
    if (!issue.open()) {
      long days = Duration.between(Instant.parse(issue.issue().get("created_at").asText()),
          Instant.parse(issue.issue().get("closed_at").asText())).toDays();
      String group = issue.challenges().isEmpty() ? "non-PTM" : "PTM";
      resolutionDays.computeIfAbsent(group, g -> new ArrayList<>()).add(days);
      if (!issue.challenges().isEmpty()) {
        resolutionDays.computeIfAbsent("PTM " + issue.challenges().get(0).theme(), g -> new ArrayList<>()).add(days);
      }
    }
    JsonNode reason = issue.issue().get("state_reason");
    reopened += reason != null && reason.asText().equals("reopened") ? 1 : 0;
    if (!issue.challenges().isEmpty()) {
      ptm++;
      issue.challenges().stream().map(SubTheme::theme).distinct().forEach(t -> perTheme.merge(t, 1, Integer::sum));
      issue.challenges().forEach(s -> perSubTheme.merge(s.code(), 1, Integer::sum));
    }
  }

  public int issues() {
    return issues;
  }

  public String render() {
    StringBuilder text = new StringBuilder();
    text.append("repositories (REST objects): ").append(repositories).append('\n');
    text.append("code files: ").append(files).append(" in ").append(repositoriesWithCode).append(" repositories\n");
    text.append("issues: ").append(issues).append(" (PTM-related ").append(ptm).append(", non-PTM ")
        .append(issues - ptm).append("; open ").append(open).append(" of which reopened ").append(reopened)
        .append(", closed ").append(issues - open).append(")\n");
    text.append("pull requests (to be skipped): ").append(pullRequests).append('\n');
    text.append("comments: ").append(comments).append('\n');
    text.append("state/state_reason: ").append(stateReasons).append('\n');
    text.append("labels on issues: ").append(labels).append('\n');
    text.append("PTM issues per theme: ").append(perTheme).append('\n');
    text.append("challenges per sub-theme (").append(perSubTheme.size()).append("): ").append(perSubTheme).append('\n');
    text.append("resolution days of closed issues | n | mean | median | max | same day | over a year\n");
    resolutionDays.forEach((group, days) -> {
      List<Long> sorted = days.stream().sorted().toList();
      double mean = sorted.stream().mapToLong(Long::longValue).average().orElse(0);
      double median = sorted.size() % 2 == 1 ? sorted.get(sorted.size() / 2)
          : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2.0;
      text.append(group).append(" | ").append(sorted.size()).append(" | ")
          .append(String.format(Locale.ROOT, "%.1f | %.1f", mean, median)).append(" | ")
          .append(sorted.get(sorted.size() - 1)).append(" | ").append(sorted.stream().filter(d -> d == 0).count())
          .append(" | ").append(sorted.stream().filter(d -> d > 365).count()).append('\n');
    });
    text.append("project | issues | PTM-related | open | pull requests | comments\n");
    perProject.forEach((project, row) -> text.append(project).append(" | ").append(row[0]).append(" | ")
        .append(row[1]).append(" | ").append(row[2]).append(" | ").append(row[3]).append(" | ").append(row[4])
        .append('\n'));
    return text.toString();
  }
}

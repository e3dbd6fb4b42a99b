package io.hfmine.bench;

import io.hfmine.analyzers.stats.Alternative;
import io.hfmine.analyzers.stats.MannWhitneyU;
import io.hfmine.analyzers.stats.resolution.DayCounting;
import io.hfmine.analyzers.stats.resolution.ResolutionStudy;
import io.hfmine.analyzers.stats.resolution.ResolutionStudyRun;
import io.hfmine.analyzers.stats.resolution.StudyIssue;
import io.hfmine.analyzers.stats.resolution.StudySettings;
import io.hfmine.datasets.progress.Progress;
import io.hfmine.datasets.store.Store;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * How long the resolution-time study takes: in memory on synthetic issue sets of growing size
 * (sampling, all tests, 2,000-resample bootstraps), through the store (read, run, write), and
 * the exact Mann-Whitney distribution for 8 values against thousands.
 */
public final class ResolutionStudyBenchmark {
  private static final String[] THEMES = {"MU", "PQ", "SE", "DI", "HR", "RC", "FN"};
  private static final StudySettings SETTINGS = new StudySettings(1, DayCounting.CALENDAR, Alternative.GREATER,
      List.of("human:*", "rules"), 2000, 0.95);

  private ResolutionStudyBenchmark() {
  }

  public static void main(String[] args) {
    System.out.println("target: the study on 100,000 issues in under 10 s in memory; 10,000 issues through the "
        + "store in under 10 s; exact Mann-Whitney for 8 vs 5,000 in under 1 s");
    for (int issues : new int[] {1_000, 10_000, 100_000}) {
      List<StudyIssue> data = synthetic(issues, 31, 7);
      ResolutionStudy.run(data, SETTINGS, Instant.EPOCH);
      long start = System.nanoTime();
      ResolutionStudy.run(data, SETTINGS, Instant.EPOCH);
      System.out.printf(Locale.ROOT, "in memory   %,7d issues: %,8.0f ms%n", issues, (System.nanoTime() - start) / 1e6);
    }
    try (Store store = Store.inMemory()) {
      List<StudyIssue> data = synthetic(10_000, 31, 11);
      load(store, data);
      long start = System.nanoTime();
      ResolutionStudyRun.run(store, SETTINGS, Progress.NONE, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
      System.out.printf(Locale.ROOT, "via store   %,7d issues: %,8.0f ms (read, run, write)%n", data.size(),
          (System.nanoTime() - start) / 1e6);
    }
    Random random = new Random(3);
    for (int n2 : new int[] {500, 5_000, 20_000}) {
      double[] x = random.doubles(8).toArray();
      double[] y = random.doubles(n2).toArray();
      long start = System.nanoTime();
      double p = MannWhitneyU.test(x, y, Alternative.GREATER).pValue();
      System.out.printf(Locale.ROOT, "exact U     8 vs %,6d: %,8.1f ms (p = %.4f)%n", n2, (System.nanoTime() - start) / 1e6, p);
    }
  }

  /** Issues spread over projects; about 12 % PTM-related, 15 % open, long-tailed days. */
  static List<StudyIssue> synthetic(int count, int projects, long seed) {
    Random random = new Random(seed);
    Instant base = Instant.parse("2021-01-01T00:00:00Z");
    List<StudyIssue> issues = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      boolean ptm = random.nextDouble() < 0.12;
      Instant created = base.plus(Duration.ofMinutes(random.nextInt(1_500_000)));
      boolean open = random.nextDouble() < 0.15;
      long minutes = (long) (-Math.log(1 - random.nextDouble()) * (ptm ? 40 : 26) * 1440);
      String theme = THEMES[random.nextInt(THEMES.length)];
      issues.add(new StudyIssue("org/project-" + random.nextInt(projects), i + 1, open ? "open" : "closed", created,
          open ? null : created.plus(Duration.ofMinutes(minutes)), ptm,
          new String[] {"bug", "question", "enhancement", "other"}[random.nextInt(4)],
          ptm ? Set.of(theme) : Set.of(), ptm ? Set.of(theme + "." + random.nextInt(4)) : Set.of()));
    }
    return issues;
  }

  private static void load(Store store, List<StudyIssue> issues) {
    store.transaction(connection -> {
      try (PreparedStatement issue = connection.prepareStatement("INSERT INTO issues (repository, number, title, state, "
          + "created_at, closed_at, source) VALUES (?, ?, 't', ?, ?, ?, 'bench')");
           PreparedStatement label = connection.prepareStatement("INSERT INTO issue_labels (repository, issue_number, "
               + "label_kind, value, source, labelled_at) VALUES (?, ?, ?, ?, 'rules', now())")) {
        for (StudyIssue i : issues) {
          issue.setString(1, i.repository());
          issue.setInt(2, i.number());
          issue.setString(3, i.state());
          issue.setTimestamp(4, Timestamp.from(i.createdAt()));
          issue.setTimestamp(5, i.closedAt() == null ? null : Timestamp.from(i.closedAt()));
          issue.addBatch();
          addLabel(label, i, "ptm", String.valueOf(i.ptm()));
          addLabel(label, i, "type", i.type());
          for (String theme : i.themes()) {
            addLabel(label, i, "theme", theme);
          }
          for (String subtheme : i.subthemes()) {
            addLabel(label, i, "subtheme", subtheme);
          }
        }
        issue.executeBatch();
        label.executeBatch();
      }
      return null;
    });
  }

  private static void addLabel(PreparedStatement label, StudyIssue issue, String kind, String value) throws Exception {
    label.setString(1, issue.repository());
    label.setInt(2, issue.number());
    label.setString(3, kind);
    label.setString(4, value);
    label.addBatch();
  }
}

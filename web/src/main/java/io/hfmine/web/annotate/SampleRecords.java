package io.hfmine.web.annotate;

import io.hfmine.analyzers.issues.IssueId;
import io.hfmine.analyzers.issues.IssueText;
import io.hfmine.analyzers.issues.IssueSettings;
import io.hfmine.analyzers.issues.sampling.AnnotationExport;
import io.hfmine.analyzers.issues.sampling.EnrichedSampler;
import io.hfmine.analyzers.issues.sampling.Stratum;
import io.hfmine.datasets.store.Store;
import io.hfmine.web.table.Rows;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The workspace's tables (V040, V167): samples with their design, their issues in order (an enriched
 * sample's with their strata), and each annotator's blind mode.
 */
public final class SampleRecords {
  private SampleRecords() {
  }

  /**
   * A stored sample and how far each annotator got.
   *
   * @param enrichment the design of an enriched draw as {@code annotate export} describes it; null for a plain one
   * @param leavesOut what the draw left out before sampling; null for nothing
   */
  public record Sample(String name, String task, int size, long seed, boolean stratify, String ptmSource, int issues,
      String enrichment, String leavesOut) {
  }

  /**
   * Draws a sample with the annotation export's own draw and stores it, an enriched draw's strata
   * beside its issues.
   *
   * @param settings the issues settings an enriched draw's prescreen reads; may be null for a plain draw
   * @param leavesOut what the spec's exclusions stand for, as the sample list shows it; null for nothing
   * @throws IllegalArgumentException when the name is taken or the sample would be empty
   */
  public static Sample draw(Store store, String name, AnnotationExport.Spec spec, IssueSettings settings,
      String leavesOut) {
    if (find(store, name) != null) {
      throw new IllegalArgumentException("a sample named '" + name + "' exists already");
    }
    AnnotationExport.Draw draw = AnnotationExport.draw(store, spec, settings);
    List<IssueText> issues = draw.issues();
    if (issues.isEmpty()) {
      throw new IllegalArgumentException("no candidate issues for the " + spec.task() + " task"
          + (spec.task() == AnnotationExport.Task.taxonomy ? " (no issue is PTM-related by " + spec.ptmSource() + ")" : "")
          + (draw.leftOut() > 0 ? " once " + draw.leftOut() + " of " + draw.candidates() + " are left out" : ""));
    }
    store.transaction(connection -> {
      try (PreparedStatement sample = connection.prepareStatement("INSERT INTO annotation_samples (name, task, size, "
          + "seed, stratify, ptm_source, created_at, enrichment, leaves_out) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
          PreparedStatement item = connection.prepareStatement("INSERT INTO annotation_sample_issues (sample, position, "
              + "repository, issue_number, stratum) VALUES (?, ?, ?, ?, ?)")) {
        sample.setString(1, name);
        sample.setString(2, spec.task().name());
        sample.setInt(3, spec.design().sample());
        sample.setLong(4, spec.design().seed());
        sample.setBoolean(5, spec.design().stratifyByProject());
        sample.setString(6, spec.task() == AnnotationExport.Task.taxonomy ? spec.ptmSource() : null);
        sample.setTimestamp(7, Timestamp.from(Instant.now()));
        sample.setString(8, spec.design().enrichment() == null ? null : spec.design().enrichment().describe());
        sample.setString(9, leavesOut);
        sample.executeUpdate();
        for (int i = 0; i < issues.size(); i++) {
          item.setString(1, name);
          item.setInt(2, i + 1);
          item.setString(3, issues.get(i).id().repository());
          item.setInt(4, issues.get(i).id().number());
          item.setString(5, draw.enriched() == null ? null : draw.enriched().issues().get(i).stratum().name());
          item.addBatch();
        }
        item.executeBatch();
      }
      return null;
    });
    return find(store, name);
  }

  public static List<Sample> all(Store store) {
    return store.read(connection -> {
      List<Sample> samples = new ArrayList<>();
      for (Map<String, Object> row : Rows.all(connection, "SELECT name FROM annotation_samples ORDER BY created_at, name")) {
        samples.add(find(store, (String) row.get("name")));
      }
      return samples;
    });
  }

  /** The sample, or null. */
  public static Sample find(Store store, String name) {
    return store.read(connection -> {
      Map<String, Object> row = Rows.one(connection, "SELECT name, task, size, seed, stratify, ptm_source, enrichment, "
          + "leaves_out, "
          + "(SELECT count(*) FROM annotation_sample_issues i WHERE i.sample = s.name) AS issues "
          + "FROM annotation_samples s WHERE name = ?", name);
      return row == null ? null : new Sample((String) row.get("name"), (String) row.get("task"),
          ((Number) row.get("size")).intValue(), ((Number) row.get("seed")).longValue(), (Boolean) row.get("stratify"),
          (String) row.get("ptm_source"), ((Number) row.get("issues")).intValue(), (String) row.get("enrichment"),
          (String) row.get("leaves_out"));
    });
  }

  /** The issues of a sample in order. */
  public static List<IssueId> issues(Store store, String sample) {
    return store.read(connection -> {
      List<IssueId> ids = new ArrayList<>();
      for (Map<String, Object> row : Rows.all(connection, "SELECT repository, issue_number FROM annotation_sample_issues "
          + "WHERE sample = ? ORDER BY position", sample)) {
        ids.add(new IssueId((String) row.get("repository"), ((Number) row.get("issue_number")).intValue()));
      }
      return ids;
    });
  }

  /**
   * An enriched sample's issues with their strata, in order, as the draw gave them to
   * {@link io.hfmine.analyzers.issues.sampling.SampleManifest} (each issue's address from the store).
   */
  public static List<EnrichedSampler.Candidate> strata(Store store, String sample) {
    return store.read(connection -> {
      List<EnrichedSampler.Candidate> strata = new ArrayList<>();
      for (Map<String, Object> row : Rows.all(connection, "SELECT s.repository, s.issue_number, i.html_url, s.stratum "
          + "FROM annotation_sample_issues s LEFT JOIN issues i ON i.repository = s.repository AND i.number = "
          + "s.issue_number WHERE s.sample = ? ORDER BY s.position", sample)) {
        IssueId id = new IssueId((String) row.get("repository"), ((Number) row.get("issue_number")).intValue());
        strata.add(new EnrichedSampler.Candidate(IssueText.of(id, null, null, null, null, (String) row.get("html_url")),
            Stratum.valueOf((String) row.get("stratum"))));
      }
      return strata;
    });
  }

  /**
   * The repositories of the issues of enriched samples (of the one named, or of all when null):
   * those whose strata the samples' weighted figures will count.
   */
  public static Set<String> enrichedRepositories(Store store, String sample) {
    return store.read(connection -> {
      Set<String> repositories = new TreeSet<>();
      String sql = "SELECT DISTINCT i.repository FROM annotation_sample_issues i JOIN annotation_samples s "
          + "ON s.name = i.sample WHERE s.enrichment IS NOT NULL" + (sample == null ? "" : " AND s.name = ?");
      for (Map<String, Object> row : sample == null ? Rows.all(connection, sql) : Rows.all(connection, sql, sample)) {
        repositories.add((String) row.get("repository"));
      }
      return repositories;
    });
  }

  /** Every issue of every stored sample, once. */
  public static Set<IssueId> sampledIssues(Store store) {
    return store.read(connection -> {
      Set<IssueId> ids = new TreeSet<>();
      for (Map<String, Object> row : Rows.all(connection, "SELECT DISTINCT repository, issue_number FROM "
          + "annotation_sample_issues")) {
        ids.add(new IssueId((String) row.get("repository"), ((Number) row.get("issue_number")).intValue()));
      }
      return ids;
    });
  }

  /** Positions (1-based) of the sample's issues the annotator has annotated. */
  public static List<Integer> annotatedPositions(Store store, String sample, String annotator) {
    return store.read(connection -> {
      List<Integer> positions = new ArrayList<>();
      for (Map<String, Object> row : Rows.all(connection, "SELECT s.position FROM annotation_sample_issues s "
          + "JOIN annotations a ON a.repository = s.repository AND a.issue_number = s.issue_number AND a.annotator = ? "
          + "WHERE s.sample = ? ORDER BY s.position", annotator, sample)) {
        positions.add(((Number) row.get("position")).intValue());
      }
      return positions;
    });
  }

  /** Whether the annotator works blind (the default until they choose). */
  public static boolean blind(Store store, String annotator) {
    return store.read(connection -> {
      Map<String, Object> row = Rows.one(connection, "SELECT blind FROM annotation_annotators WHERE annotator = ?",
          annotator);
      return row == null || Boolean.TRUE.equals(row.get("blind"));
    });
  }

  public static void setBlind(Store store, String annotator, boolean blind) {
    store.transaction(connection -> {
      try (PreparedStatement delete = connection.prepareStatement("DELETE FROM annotation_annotators WHERE annotator = ?");
          PreparedStatement insert = connection.prepareStatement(
              "INSERT INTO annotation_annotators (annotator, blind, updated_at) VALUES (?, ?, ?)")) {
        delete.setString(1, annotator);
        delete.executeUpdate();
        insert.setString(1, annotator);
        insert.setBoolean(2, blind);
        insert.setTimestamp(3, Timestamp.from(Instant.now()));
        insert.executeUpdate();
      }
      return null;
    });
  }
}

package io.hfmine.analyzers.issues.sampling;

import io.hfmine.datasets.csv.CsvTable;
import io.hfmine.analyzers.issues.IssueId;
import io.hfmine.analyzers.issues.IssueRecords;
import io.hfmine.analyzers.issues.IssueSettings;
import io.hfmine.analyzers.issues.IssueText;
import io.hfmine.datasets.files.AtomicFile;
import io.hfmine.datasets.store.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code hfmine annotate export}: a sample of issues as a CSV with empty label columns, for
 * annotators to fill in a spreadsheet. Every label cell starts blank, the taxonomy task's PTM
 * cell too: a pre-filled {@code yes} would be imported as the annotator's own judgement when a
 * row was never looked at, and would lend the method that chose the candidates a vote.
 */
public final class AnnotationExport {
  /** What the annotators are asked: PTM relevance of any issue, or the taxonomy of PTM-related issues. */
  public enum Task { relevance, taxonomy }

  /**
   * One draw and its sheet.
   *
   * @param ptmSource for the taxonomy task, whose PTM labels choose the candidates: {@code human}
   *     (any annotator said PTM-related) or a method (rules, classifier, llm)
   */
  public record Spec(Task task, String ptmSource, Design design, Exclusions exclusions, Output output) {
    public Spec {
      exclusions = exclusions == null ? Exclusions.NONE : exclusions;
      output = output == null ? Output.NONE : output;
      if (output.manifest() != null && design.enrichment() == null) {
        throw new IllegalArgumentException("a manifest records strata, which only an enriched draw has");
      }
    }
  }

  /**
   * How the issues are drawn: how many, with which seed, and uniformly, in proportion to each
   * project's share, or from two strata.
   *
   * @param enrichment the two-stratum design of an enriched draw; null for a plain draw
   */
  public record Design(int sample, long seed, boolean stratifyByProject, EnrichmentDesign enrichment) {
    public Design {
      if (enrichment != null && stratifyByProject) {
        throw new IllegalArgumentException("an enriched draw caps repositories itself; it is not also stratified by project");
      }
    }

    /** A plain draw: uniform, or proportional per project. */
    public static Design plain(int sample, long seed, boolean stratifyByProject) {
      return new Design(sample, seed, stratifyByProject, null);
    }
  }

  /**
   * Issues left out before the draw.
   *
   * @param files CSV files whose {@code id} column names issues to leave out
   * @param annotated whether issues a person already annotated for the task are left out
   * @param ids further issues to leave out, known without a file (e.g. those of the samples
   *     {@code hfmine serve} already drew)
   */
  public record Exclusions(List<Path> files, boolean annotated, Set<IssueId> ids) {
    public static final Exclusions NONE = new Exclusions(List.of(), false, Set.of());

    public Exclusions {
      files = files == null ? List.of() : List.copyOf(files);
      ids = ids == null ? Set.of() : Set.copyOf(ids);
    }
  }

  /**
   * Where the sheet goes.
   *
   * @param annotator the name pre-filled in the sheet's annotator column; null for blank
   * @param out the CSV sheet; null when the draw is only kept in the store
   * @param manifest where an enriched draw writes each issue's stratum; null for nowhere
   */
  public record Output(String annotator, Path out, Path manifest) {
    public static final Output NONE = new Output(null, null, null);
  }

  /**
   * What a draw found: the issues in the sheet's order, how many issues the task had as
   * candidates before and after leaving out the excluded ones, and for an enriched draw each
   * stratum's draw (null for a plain one).
   */
  public record Draw(List<IssueText> issues, int candidates, int leftOut, EnrichedSampler.Sample enriched) {
    public Draw {
      issues = List.copyOf(issues);
    }
  }

  private AnnotationExport() {
  }

  /** Writes the CSV (atomically) of a plain draw and returns how many issues it holds. */
  public static int export(Store store, Spec spec, AnnotationSettings settings) {
    if (spec.design().enrichment() != null) {
      throw new IllegalArgumentException("an enriched draw needs the issues settings (the prescreen's vocabulary)");
    }
    Draw draw = draw(store, spec, null);
    write(spec, draw, settings);
    return draw.issues().size();
  }

  /** Writes the CSV, and an enriched draw's manifest when the spec names one (each atomically). */
  public static Draw export(Store store, Spec spec, IssueSettings settings) {
    Draw draw = draw(store, spec, settings);
    write(spec, draw, settings.annotation());
    return draw;
  }

  private static void write(Spec spec, Draw draw, AnnotationSettings settings) {
    StringBuilder csv = new StringBuilder(CsvTable.record(AnnotationColumns.ALL));
    for (IssueText issue : draw.issues()) {
      csv.append(CsvTable.record(List.of(issue.id().toString(), issue.url(), issue.title(),
          excerpt(issue.body(), settings.bodyExcerptChars()), "", "", "", "",
          spec.output().annotator() == null ? "" : spec.output().annotator(), "")));
    }
    if (spec.output().manifest() != null) {
      write(spec.output().manifest(), SampleManifest.csv(draw.enriched().issues()));
    }
    write(spec.output().out(), csv.toString());
  }

  /**
   * The issues of a plain spec's sample, in the order the CSV lists them ({@code out} is not used):
   * the same seed draws the same issues here, in a CSV and in {@code hfmine serve}'s workspace.
   */
  public static List<IssueText> draw(Store store, Spec spec) {
    return draw(store, spec, null).issues();
  }

  /**
   * The spec's sample: the exclusion files are read first (a bad one stops the draw before the
   * store is read), then the task's candidates less the excluded issues are drawn from.
   *
   * @param settings the issues settings an enriched draw's prescreen needs; may be null for a plain draw
   * @throws AnnotationFileException naming each exclusion file's problem by file and line
   */
  public static Draw draw(Store store, Spec spec, IssueSettings settings) {
    Set<IssueId> excluded = new HashSet<>(ExcludedIssues.read(spec.exclusions().files()));
    excluded.addAll(spec.exclusions().ids());
    List<IssueText> issues = IssueRecords.read(store, null);
    List<IssueText> candidates = issues;
    if (spec.task() == Task.taxonomy) {
      Set<IssueId> ptm = ptmIssues(store, spec.ptmSource());
      candidates = candidates.stream().filter(issue -> ptm.contains(issue.id())).toList();
    }
    if (spec.exclusions().annotated()) {
      excluded.addAll(annotatedFor(store, spec.task()));
    }
    List<IssueText> remaining = candidates.stream().filter(issue -> !excluded.contains(issue.id())).toList();
    int leftOut = candidates.size() - remaining.size();
    Design design = spec.design();
    if (design.enrichment() == null) {
      return new Draw(AnnotationSampler.sample(remaining, design.sample(), design.seed(), design.stratifyByProject()),
          candidates.size(), leftOut, null);
    }
    if (settings == null) {
      throw new IllegalArgumentException("an enriched draw needs the issues settings (the prescreen's vocabulary)");
    }
    EnrichedSampler.Sample sample = EnrichedSampler.sample(StoreStrata.screen(store, settings, issues, remaining),
        design.enrichment(), design.seed());
    return new Draw(sample.issues().stream().map(EnrichedSampler.Candidate::issue).toList(), candidates.size(), leftOut,
        sample);
  }

  /** Issues a person already annotated for the task: a PTM answer, or for the taxonomy task themes. */
  private static Set<IssueId> annotatedFor(Store store, Task task) {
    String column = task == Task.taxonomy ? "themes" : "ptm";
    return store.read(connection -> {
      Set<IssueId> ids = new HashSet<>();
      try (PreparedStatement statement = connection.prepareStatement("SELECT DISTINCT repository, issue_number FROM "
          + "annotations WHERE " + column + " IS NOT NULL");
          ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          ids.add(new IssueId(rows.getString(1), rows.getInt(2)));
        }
      }
      return ids;
    });
  }

  private static Set<IssueId> ptmIssues(Store store, String source) {
    String condition = "human".equals(source) ? "source LIKE 'human:%'" : "source = ?";
    return store.read(connection -> {
      Set<IssueId> ids = new HashSet<>();
      try (PreparedStatement statement = connection.prepareStatement("SELECT DISTINCT repository, issue_number FROM "
          + "issue_labels WHERE label_kind = 'ptm' AND value = 'true' AND " + condition)) {
        if (!"human".equals(source)) {
          statement.setString(1, source);
        }
        try (ResultSet rows = statement.executeQuery()) {
          while (rows.next()) {
            ids.add(new IssueId(rows.getString(1), rows.getInt(2)));
          }
        }
      }
      return ids;
    });
  }

  /** The start of a body as the CSV shows it: stripped, cut at {@code chars} with a mark. */
  public static String excerpt(String body, int chars) {
    String flat = body == null ? "" : body.strip();
    return flat.length() <= chars ? flat : flat.substring(0, chars) + " [...]";
  }

  static void write(Path out, String content) {
    try {
      AtomicFile.at(out).writeString(content);
    } catch (IOException e) {
      // The message names the file and says why.
      throw new UncheckedIOException(e.getMessage(), e);
    }
  }
}

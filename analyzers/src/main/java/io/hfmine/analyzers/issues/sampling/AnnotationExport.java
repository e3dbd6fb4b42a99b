package io.hfmine.analyzers.issues.sampling;

import io.hfmine.datasets.csv.CsvTable;
import io.hfmine.analyzers.issues.IssueId;
import io.hfmine.analyzers.issues.IssueRecords;
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
   * @param ptmSource for the taxonomy task, whose PTM labels choose the candidates: {@code human}
   *     (any annotator said PTM-related) or a method (rules, classifier, llm)
   */
  public record Spec(int sample, long seed, boolean stratifyByProject, Task task, String ptmSource, String annotator,
      Path out) {
  }

  private AnnotationExport() {
  }

  /** Writes the CSV (atomically) and returns how many issues it holds. */
  public static int export(Store store, Spec spec, AnnotationSettings settings) {
    List<IssueText> sample = draw(store, spec);
    StringBuilder csv = new StringBuilder(CsvTable.record(AnnotationColumns.ALL));
    for (IssueText issue : sample) {
      csv.append(CsvTable.record(List.of(issue.id().toString(), issue.url(), issue.title(),
          excerpt(issue.body(), settings.bodyExcerptChars()), "", "", "", "",
          spec.annotator() == null ? "" : spec.annotator(), "")));
    }
    write(spec.out(), csv.toString());
    return sample.size();
  }

  /**
   * The issues of the spec's sample, in the order the CSV lists them ({@code out} is not used):
   * the same seed draws the same issues here, in a CSV and in {@code hfmine serve}'s workspace.
   */
  public static List<IssueText> draw(Store store, Spec spec) {
    List<IssueText> candidates = IssueRecords.read(store, null);
    if (spec.task() == Task.taxonomy) {
      Set<IssueId> ptm = ptmIssues(store, spec.ptmSource());
      candidates = candidates.stream().filter(issue -> ptm.contains(issue.id())).toList();
    }
    return AnnotationSampler.sample(candidates, spec.sample(), spec.seed(), spec.stratifyByProject());
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

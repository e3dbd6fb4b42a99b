package io.hfmine.datasets.issuesimport;

import io.hfmine.datasets.progress.Progress;
import io.hfmine.datasets.store.Store;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Imports a dump of GitHub REST issue objects ({@code hfmine issues import}) for researchers
 * who already have one.
 *
 * <p>The whole file is one transaction. By default ({@link BadRecords#STOP}) the first bad
 * record aborts the import with an error naming the file, line (JSONL) or array index, and
 * field, and nothing of the file is stored; with {@link BadRecords#SKIP} bad records are left
 * out and listed in the summary, so one odd record of a real dump does not cost the rest.
 * Issues are upserted by (repository, number), so importing the same file twice changes
 * nothing; when a dump holds an issue twice, the later record wins. Two records with one number
 * but different GitHub ids are two issues that cannot both be stored: the later is a bad record
 * (never a silent overwrite). Pull requests are counted and skipped. Comments come embedded
 * ({@code comments_data}) or from a separate comments file.
 */
public final class IssueDumpImporter {
  private final Store store;

  public IssueDumpImporter(Store store) {
    this.store = store;
  }

  /** Imports {@code file}, stopping at the first bad record; {@code repository} ("owner/name", may be null) serves records without {@code repository_url}. */
  public IssueImportSummary importFile(Path file, String repository, Progress progress) {
    return importFiles(file, null, repository, BadRecords.STOP, progress);
  }

  /**
   * Imports {@code file} and, when {@code commentsFile} is not null, the comments it holds (a
   * JSON array or JSON Lines of REST issue-comment objects with {@code issue_url}); both files
   * are one transaction, and {@code badRecords} applies to both.
   */
  public IssueImportSummary importFiles(Path file, Path commentsFile, String repository, BadRecords badRecords,
      Progress progress) {
    IssueRecordParser parser = new IssueRecordParser(repository);
    String source = "import:" + file.getFileName();
    return store.transaction(connection -> {
      Map<IssueKey, Seen> issues = new HashMap<>();
      SortedMap<String, Long> perRepository = new TreeMap<>();
      List<SkippedRecord> skipped = new ArrayList<>();
      long[] counts = new long[2]; // records, pull requests
      IssueTableWriter.MergedComments comments;
      try (IssueTableWriter writer = new IssueTableWriter(connection)) {
        JsonDumpReader.read(file, record -> {
          counts[0]++;
          progress.step();
          if (IssueRecordParser.isPullRequest(record)) {
            counts[1]++;
            return;
          }
          try {
            ImportedIssue issue = parser.parse(record);
            IssueKey key = new IssueKey(issue.repository(), issue.number());
            Seen earlier = issues.get(key);
            if (earlier != null && !earlier.sameIssue(issue.githubId())) {
              throw new DumpFormatException(record.position(), "field `number` " + issue.number() + " of "
                  + issue.repository() + " was given at " + earlier.position() + " to the issue with GitHub id "
                  + earlier.githubId() + ", and this record's id is " + issue.githubId());
            }
            writer.add(issue, source);
            if (earlier == null) {
              issues.put(key, new Seen(record.position(), issue.githubId()));
              perRepository.merge(issue.repository(), 1L, Long::sum);
            }
          } catch (DumpFormatException e) {
            skipOrStop(e, badRecords, skipped);
          }
        });
        if (commentsFile != null) {
          JsonDumpReader.read(commentsFile, record -> {
            progress.step();
            try {
              writer.addFileComment(parser.parseComment(record));
            } catch (DumpFormatException e) {
              skipOrStop(e, badRecords, skipped);
            }
          });
        }
        comments = writer.merge();
      }
      return new IssueImportSummary(file.getFileName().toString(), counts[0], issues.size(), comments.stored(),
          counts[1], comments.skipped(), perRepository, List.copyOf(skipped));
    });
  }

  private static void skipOrStop(DumpFormatException e, BadRecords badRecords, List<SkippedRecord> skipped) {
    if (badRecords == BadRecords.STOP) {
      throw e;
    }
    skipped.add(SkippedRecord.of(e));
  }

  private record IssueKey(String repository, int number) {
  }

  private record Seen(DumpPosition position, Long githubId) {
    // A record without an id cannot contradict one: hfmine's own exports may lack it.
    boolean sameIssue(Long otherId) {
      return githubId == null || otherId == null || Objects.equals(githubId, otherId);
    }
  }
}

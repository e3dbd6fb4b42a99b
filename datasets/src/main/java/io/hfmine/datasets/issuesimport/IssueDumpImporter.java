package io.hfmine.datasets.issuesimport;

import io.hfmine.datasets.progress.Progress;
import io.hfmine.datasets.store.Store;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Imports a dump of GitHub REST issue objects ({@code hfmine issues import}) for researchers
 * who already have one.
 *
 * <p>The whole file is one transaction: the first bad record aborts the import with an error
 * naming the file, line (JSONL) or array index, and field, and nothing of the file is stored.
 * Issues are upserted by (repository, number), so importing the same file twice changes
 * nothing; when a dump holds an issue twice, the later record wins. Pull requests are counted
 * and skipped. Comments come embedded ({@code comments_data}) or from a separate comments file.
 */
public final class IssueDumpImporter {
  private final Store store;

  public IssueDumpImporter(Store store) {
    this.store = store;
  }

  /** Imports {@code file}; {@code repository} ("owner/name", may be null) serves records without {@code repository_url}. */
  public IssueImportSummary importFile(Path file, String repository, Progress progress) {
    return importFiles(file, null, repository, progress);
  }

  /**
   * Imports {@code file} and, when {@code commentsFile} is not null, the comments it holds (a
   * JSON array or JSON Lines of REST issue-comment objects with {@code issue_url}); both files
   * are one transaction.
   */
  public IssueImportSummary importFiles(Path file, Path commentsFile, String repository, Progress progress) {
    IssueRecordParser parser = new IssueRecordParser(repository);
    String source = "import:" + file.getFileName();
    return store.transaction(connection -> {
      Set<IssueKey> issues = new HashSet<>();
      SortedMap<String, Long> perRepository = new TreeMap<>();
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
          ImportedIssue issue = parser.parse(record);
          writer.add(issue, source);
          if (issues.add(new IssueKey(issue.repository(), issue.number()))) {
            perRepository.merge(issue.repository(), 1L, Long::sum);
          }
        });
        if (commentsFile != null) {
          JsonDumpReader.read(commentsFile, record -> {
            progress.step();
            writer.addFileComment(parser.parseComment(record));
          });
        }
        comments = writer.merge();
      }
      return new IssueImportSummary(file.getFileName().toString(), counts[0], issues.size(), comments.stored(),
          counts[1], comments.skipped(), perRepository);
    });
  }

  private record IssueKey(String repository, int number) {
  }
}

package io.hfmine.datasets.issuesimport;

import io.hfmine.datasets.progress.Progress;
import io.hfmine.datasets.store.Store;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
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
 * and skipped.
 */
public final class IssueDumpImporter {
  private final Store store;

  public IssueDumpImporter(Store store) {
    this.store = store;
  }

  /** Imports {@code file}; {@code repository} ("owner/name", may be null) serves records without {@code repository_url}. */
  public IssueImportSummary importFile(Path file, String repository, Progress progress) {
    IssueRecordParser parser = new IssueRecordParser(repository);
    String source = "import:" + file.getFileName();
    return store.transaction(connection -> {
      // Comments per issue rather than a running sum: a later record of the same issue replaces them.
      Map<IssueKey, Integer> commentsPerIssue = new HashMap<>();
      SortedMap<String, Long> perRepository = new TreeMap<>();
      long[] counts = new long[2]; // records, pull requests
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
          IssueKey key = new IssueKey(issue.repository(), issue.number());
          if (!commentsPerIssue.containsKey(key)) {
            perRepository.merge(issue.repository(), 1L, Long::sum);
          }
          if (issue.comments() != null) {
            commentsPerIssue.put(key, issue.comments().size());
          } else {
            commentsPerIssue.putIfAbsent(key, 0);
          }
        });
        writer.merge();
      }
      long comments = commentsPerIssue.values().stream().mapToLong(Integer::longValue).sum();
      return new IssueImportSummary(file.getFileName().toString(), counts[0], commentsPerIssue.size(), comments,
          counts[1], perRepository);
    });
  }

  private record IssueKey(String repository, int number) {
  }
}

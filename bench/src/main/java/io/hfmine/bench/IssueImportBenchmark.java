package io.hfmine.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hfmine.datasets.files.DirectoryTree;
import io.hfmine.datasets.issuesimport.IssueDumpImporter;
import io.hfmine.datasets.issuesimport.IssueImportSummary;
import io.hfmine.datasets.progress.Progress;
import io.hfmine.datasets.store.Store;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.Random;

/**
 * Imports a generated dump of GitHub REST issue objects into a fresh store file, then imports it
 * again: prints records per second for both and the row counts, which must not change on the
 * second import. {@code bench/run issue-import [RECORDS]} (default 100,000 records, 1 in 4 a
 * pull request, issues with 0-4 comments).
 */
public final class IssueImportBenchmark {
  private static final ObjectMapper JSON = new ObjectMapper();

  private IssueImportBenchmark() {
  }

  public static void main(String[] args) throws Exception {
    int records = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    Path dir = Files.createTempDirectory("hfmine-issue-import-bench");
    try {
      Path dump = dir.resolve("issues.jsonl");
      long expectedComments = writeDump(dump, records);
      System.out.printf("dump: %,d records, %,d bytes, %,d comments on issues%n", records, Files.size(dump), expectedComments);
      try (Store store = Store.open(dir.resolve("hfmine.duckdb"))) {
        IssueDumpImporter importer = new IssueDumpImporter(store);
        for (String run : new String[] {"first import", "re-import"}) {
          long start = System.nanoTime();
          IssueImportSummary summary = importer.importFile(dump, null, Progress.NONE);
          double seconds = (System.nanoTime() - start) / 1e9;
          System.out.printf("%-12s %6.1f s  %,9.0f records/s  issues %,d  comments %,d  pull requests skipped %,d%n",
              run, seconds, records / seconds, summary.issues(), summary.comments(), summary.pullRequestsSkipped());
          System.out.printf("             store: %,d issues, %,d comments%n",
              count(store, "issues"), count(store, "issue_comments"));
        }
      }
      System.out.println("target: the re-import leaves both counts unchanged (idempotent upsert)");
    } finally {
      DirectoryTree.delete(dir);
    }
  }

  private static long writeDump(Path dump, int records) throws Exception {
    Random random = new Random(42);
    long comments = 0;
    Instant base = Instant.parse("2021-01-01T00:00:00Z");
    try (BufferedWriter writer = Files.newBufferedWriter(dump, StandardCharsets.UTF_8)) {
      for (int number = 1; number <= records; number++) {
        String repo = "bench-org/project-" + (number % 40);
        ObjectNode issue = JSON.createObjectNode();
        issue.put("url", "https://api.github.com/repos/" + repo + "/issues/" + number);
        issue.put("repository_url", "https://api.github.com/repos/" + repo);
        issue.put("html_url", "https://github.com/" + repo + "/issues/" + number);
        issue.put("id", 1_000_000_000L + number);
        issue.put("number", number);
        issue.put("title", "Model output differs after upgrading transformers (" + number + ")");
        issue.putObject("user").put("login", "user" + random.nextInt(5000)).put("type", "User");
        issue.putArray("labels").addObject().put("name", random.nextBoolean() ? "bug" : "question");
        boolean closed = random.nextInt(3) > 0;
        Instant created = base.plusSeconds(random.nextInt(60_000_000));
        issue.put("state", closed ? "closed" : "open");
        issue.put("created_at", created.toString());
        issue.put("updated_at", created.plusSeconds(86_400).toString());
        issue.put("closed_at", closed ? created.plusSeconds(random.nextInt(8_000_000)).toString() : null);
        issue.put("state_reason", closed ? "completed" : null);
        issue.put("author_association", "NONE");
        issue.put("body", "Loading the checkpoint with from_pretrained prints a warning and the logits change. ".repeat(8));
        if (random.nextInt(4) == 0) {
          issue.putObject("pull_request").put("url", "https://api.github.com/repos/" + repo + "/pulls/" + number);
        } else {
          int count = random.nextInt(5);
          issue.put("comments", count);
          ArrayNode list = issue.putArray("comments_data");
          for (int c = 0; c < count; c++) {
            ObjectNode comment = list.addObject();
            comment.put("id", number * 10L + c);
            comment.putObject("user").put("login", "user" + random.nextInt(5000));
            comment.put("author_association", "CONTRIBUTOR");
            comment.put("body", "Pin the version or pass revision= to from_pretrained.");
            comment.put("created_at", created.plusSeconds(3600L * (c + 1)).toString());
            comment.put("updated_at", created.plusSeconds(3600L * (c + 1)).toString());
          }
          comments += count;
        }
        writer.write(JSON.writeValueAsString(issue));
        writer.newLine();
      }
    }
    return comments;
  }

  private static long count(Store store, String table) {
    return store.read(connection -> {
      try (Statement statement = connection.createStatement();
           ResultSet rs = statement.executeQuery("SELECT count(*) FROM " + table)) {
        rs.next();
        return rs.getLong(1);
      }
    });
  }
}

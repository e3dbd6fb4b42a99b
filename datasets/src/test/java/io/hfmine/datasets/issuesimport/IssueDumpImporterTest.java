package io.hfmine.datasets.issuesimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hfmine.datasets.progress.Progress;
import io.hfmine.datasets.store.Store;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IssueDumpImporterTest {
  private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  private final Store store = Store.inMemory();
  private final IssueDumpImporter importer = new IssueDumpImporter(store);

  @TempDir
  Path temp;

  @AfterEach
  void closeStore() {
    store.close();
  }

  @Test
  void importsIssuesAndEmbeddedCommentsFromJsonLinesSkippingPullRequests() {
    IssueImportSummary summary = importer.importFile(fixture("caption-studio-issues.jsonl"), null, Progress.NONE);

    assertThat(summary.records()).isEqualTo(7);
    assertThat(summary.issues()).isEqualTo(5);
    assertThat(summary.pullRequestsSkipped()).isEqualTo(2);
    assertThat(summary.comments()).isEqualTo(5);
    assertThat(summary.issuesPerRepository()).containsExactly(java.util.Map.entry("acme-ml/caption-studio", 5L));
    assertThat(numbers("acme-ml/caption-studio")).containsExactly(1, 2, 4, 5, 7);
    assertThat(count("SELECT count(*) FROM issue_comments")).isEqualTo(5);
  }

  @Test
  void storesEveryFieldOfAClosedIssue() {
    importer.importFile(fixture("caption-studio-issues.jsonl"), null, Progress.NONE);

    List<String> row = row("""
        SELECT github_id, title, state, state_reason, author, author_association, labels, comments_count,
               html_url, created_at, updated_at, closed_at, source
        FROM issues WHERE repository = 'acme-ml/caption-studio' AND number = 5""");
    assertThat(row).containsExactly("1802345005", "Captions are always in English", "closed", "not_planned", "jean-p",
        "NONE", "[wontfix, model quality]", "0", "https://github.com/acme-ml/caption-studio/issues/5",
        "2023-09-14 07:00:00", "2023-10-01 12:00:00", "2023-10-01 12:00:00", "import:caption-studio-issues.jsonl");
  }

  @Test
  void keepsAnOpenIssueWithoutClosingTime() {
    importer.importFile(fixture("caption-studio-issues.jsonl"), null, Progress.NONE);

    List<String> row = row("SELECT state, state_reason, closed_at, body FROM issues WHERE number = 7");
    assertThat(row).containsExactly("open", "reopened", null, null);
  }

  @Test
  void storesCommentsWithAuthorAndTimes() {
    importer.importFile(fixture("caption-studio-issues.jsonl"), null, Progress.NONE);

    List<String> row = row("""
        SELECT issue_number, author, author_association, body, created_at, updated_at
        FROM issue_comments WHERE comment_id = 1619004001""");
    assertThat(row).containsExactly("4", "tomasz-w", "OWNER", "Pass `--device cpu`; see the README.",
        "2023-08-02 20:10:00", "2023-08-02 20:12:30");
  }

  @Test
  void importsAJsonArraySpanningRepositoriesAndConvertsOffsetsToUtc() {
    IssueImportSummary summary = importer.importFile(fixture("qa-bot-issues.json"), null, Progress.NONE);

    assertThat(summary.issues()).isEqualTo(3);
    assertThat(summary.pullRequestsSkipped()).isEqualTo(1);
    assertThat(summary.issuesPerRepository()).containsOnlyKeys("deepfield/qa-bot", "acme-ml/caption-studio");
    assertThat(row("SELECT created_at FROM issues WHERE repository = 'deepfield/qa-bot' AND number = 12"))
        .containsExactly("2024-01-05 09:00:00");
  }

  @Test
  void importingTheSameFileTwiceChangesNothing() {
    importer.importFile(fixture("caption-studio-issues.jsonl"), null, Progress.NONE);
    String before = String.join("|", rows("SELECT * FROM issues ORDER BY number"));

    IssueImportSummary again = importer.importFile(fixture("caption-studio-issues.jsonl"), null, Progress.NONE);

    assertThat(again.issues()).isEqualTo(5);
    assertThat(count("SELECT count(*) FROM issues")).isEqualTo(5);
    assertThat(count("SELECT count(*) FROM issue_comments")).isEqualTo(5);
    assertThat(String.join("|", rows("SELECT * FROM issues ORDER BY number"))).isEqualTo(before);
  }

  @Test
  void aLaterDumpUpdatesTheIssueAndReplacesItsComments() throws IOException {
    importer.importFile(fixture("caption-studio-issues.jsonl"), null, Progress.NONE);
    String line = Files.readAllLines(fixture("caption-studio-issues.jsonl")).get(0)
        .replace("\"state\": \"closed\"", "\"state\": \"open\"")
        .replaceFirst("\"comments_data\": \\[.*\\]}$", "\"comments_data\": []}");
    Path update = write("update.jsonl", line);

    importer.importFile(update, null, Progress.NONE);

    assertThat(row("SELECT state, source FROM issues WHERE number = 1")).containsExactly("open", "import:update.jsonl");
    assertThat(count("SELECT count(*) FROM issue_comments WHERE issue_number = 1")).isZero();
    assertThat(count("SELECT count(*) FROM issue_comments")).isEqualTo(3);
  }

  @Test
  void aRecordWithoutCommentsKeepsTheStoredComments() throws IOException {
    importer.importFile(fixture("caption-studio-issues.jsonl"), null, Progress.NONE);
    String line = Files.readAllLines(fixture("caption-studio-issues.jsonl")).get(0)
        .replaceFirst(", \"comments_data\": \\[.*\\]}$", "}");
    assertThat(line).doesNotContain("comments_data");

    importer.importFile(write("no-comments.jsonl", line), null, Progress.NONE);

    assertThat(count("SELECT count(*) FROM issue_comments WHERE issue_number = 1")).isEqualTo(2);
  }

  @Test
  void theLaterRecordOfAnIssueRepeatedInOneFileWins() throws IOException {
    List<String> lines = Files.readAllLines(fixture("caption-studio-issues.jsonl"));
    String renamed = lines.get(1).replace("Add support for GIT captioning models", "Support GIT models");
    IssueImportSummary summary = importer.importFile(write("twice.jsonl", lines.get(1), renamed), null, Progress.NONE);

    assertThat(summary.records()).isEqualTo(2);
    assertThat(summary.issues()).isEqualTo(1);
    assertThat(row("SELECT title FROM issues WHERE number = 2")).containsExactly("Support GIT models");
  }

  @Test
  void addsTheCommentsOfASeparateFileAndSkipsThoseOnPullRequests() {
    IssueImportSummary summary = importer.importFiles(fixture("caption-studio-issues.jsonl"),
        fixture("caption-studio-comments.jsonl"), null, BadRecords.STOP, Progress.NONE);

    assertThat(summary.comments()).isEqualTo(7);
    assertThat(summary.commentsSkipped()).isEqualTo(2);
    assertThat(rows("SELECT issue_number FROM issue_comments ORDER BY comment_id"))
        .containsExactly("1", "1", "2", "4", "5", "7", "7");
    assertThat(row("SELECT body, updated_at FROM issue_comments WHERE comment_id = 1619001002"))
        .containsExactly("`--fp16` works, thanks! 🎉 (edited: also on a 4 GB card)", "2023-07-06 08:00:00");
  }

  @Test
  void aCommentsFileAlsoReachesIssuesOfEarlierImports() {
    importer.importFile(fixture("caption-studio-issues.jsonl"), null, Progress.NONE);

    IssueImportSummary summary = importer.importFiles(fixture("qa-bot-issues.json"),
        fixture("caption-studio-comments.jsonl"), null, BadRecords.STOP, Progress.NONE);

    assertThat(summary.commentsSkipped()).isEqualTo(2);
    assertThat(count("SELECT count(*) FROM issue_comments WHERE repository = 'acme-ml/caption-studio'")).isEqualTo(7);
  }

  @Test
  void aBadCommentOfTheCommentsFileNamesThatFileAndStoresNothing() {
    assertThatThrownBy(() -> importer.importFiles(fixture("caption-studio-issues.jsonl"),
        fixture("comments-without-issue-url.jsonl"), null, BadRecords.STOP, Progress.NONE))
        .hasMessage("comments-without-issue-url.jsonl line 2: field `issue_url` is missing");
    assertThat(count("SELECT count(*) FROM issues")).isZero();
    assertThat(count("SELECT count(*) FROM issue_comments")).isZero();
  }

  @Test
  void aTruncatedLineNamesFileAndLineAndStoresNothing() {
    assertThatThrownBy(() -> importer.importFile(fixture("broken-line.jsonl"), null, Progress.NONE))
        .isInstanceOf(DumpFormatException.class)
        .hasMessageStartingWith("broken-line.jsonl line 3: malformed JSON");
    assertThat(count("SELECT count(*) FROM issues")).isZero();
    assertThat(count("SELECT count(*) FROM issue_comments")).isZero();
  }

  @Test
  void aRecordWithoutNumberNamesLineAndField() {
    assertThatThrownBy(() -> importer.importFile(fixture("missing-number.jsonl"), null, Progress.NONE))
        .hasMessage("missing-number.jsonl line 2: field `number` is missing");
    assertThat(count("SELECT count(*) FROM issues")).isZero();
  }

  @Test
  void aBadElementOfAnArrayNamesItsIndexAndLine() {
    assertThatThrownBy(() -> importer.importFile(fixture("missing-number.json"), null, Progress.NONE))
        .hasMessage("missing-number.json index 1 (line 91): field `number` is missing");
    assertThat(count("SELECT count(*) FROM issues")).isZero();
  }

  @Test
  void aBadCommentNamesTheCommentField() {
    assertThatThrownBy(() -> importer.importFile(fixture("comment-without-id.jsonl"), null, Progress.NONE))
        .hasMessage("comment-without-id.jsonl line 1: field `comments_data[1].id` is missing");
  }

  @Test
  void fieldsOfTheWrongTypeAreNamed() throws IOException {
    String line = Files.readAllLines(fixture("caption-studio-issues.jsonl")).get(1);
    assertThatThrownBy(() -> importer.importFile(
        write("state.jsonl", line.replace("\"state\": \"open\"", "\"state\": \"merged\"")), null, Progress.NONE))
        .hasMessage("state.jsonl line 1: field `state` is neither \"open\" nor \"closed\": \"merged\"");
    assertThatThrownBy(() -> importer.importFile(
        write("created.jsonl", line.replace("2023-07-10T14:00:00Z", "last tuesday")), null, Progress.NONE))
        .hasMessage("created.jsonl line 1: field `created_at` is not an ISO-8601 timestamp: \"last tuesday\"");
    assertThatThrownBy(() -> importer.importFile(
        write("number.jsonl", line.replace("\"number\": 2", "\"number\": \"2\"")), null, Progress.NONE))
        .hasMessage("number.jsonl line 1: field `number` is not an integer: \"2\"");
    assertThatThrownBy(() -> importer.importFile(
        write("labels.jsonl", line.replaceFirst("\"labels\": \\[\\{.*?\\}\\]", "\"labels\": [{\"id\": 1}]")), null,
        Progress.NONE))
        .hasMessage("labels.jsonl line 1: field `labels[0].name` is missing");
  }

  @Test
  void readsPagesThatGhApiPaginateWroteBackToBack() throws IOException {
    List<String> lines = Files.readAllLines(fixture("caption-studio-issues.jsonl"));
    Path pages = write("pages.json", "[" + lines.get(0) + "," + lines.get(1) + "]", "[" + lines.get(3) + "]");
    Path slurped = write("slurped.json", "[[" + lines.get(0) + "],", " [" + lines.get(3) + "," + lines.get(4) + "]]");

    assertThat(importer.importFile(pages, null, Progress.NONE).issues()).isEqualTo(3);
    assertThat(importer.importFile(slurped, null, Progress.NONE).issues()).isEqualTo(3);
    Path broken = write("pages-broken.json", "[" + lines.get(0) + "]", "[" + lines.get(1).replace("\"number\": 2, ", "") + "]");
    assertThatThrownBy(() -> importer.importFile(broken, null, Progress.NONE))
        .hasMessage("pages-broken.json index 1 (line 2): field `number` is missing");
    Path trailing = write("trailing.json", "[" + lines.get(0) + "]", "{}");
    assertThatThrownBy(() -> importer.importFile(trailing, null, Progress.NONE))
        .hasMessage("trailing.json line 2: expected another array or the end of the file after ']', found an object");
  }

  @Test
  void anArrayElementThatIsNotAnObjectIsRejected() throws IOException {
    Path file = write("mixed.json", "[", "  {\"number\": 1},", "  42", "]");
    assertThatThrownBy(() -> importer.importFile(file, "acme-ml/caption-studio", Progress.NONE))
        .hasMessageStartingWith("mixed.json index 0 (line 2): field `state` is missing");
    Path numbers = write("numbers.json", "[", "  42", "]");
    assertThatThrownBy(() -> importer.importFile(numbers, null, Progress.NONE))
        .hasMessage("numbers.json index 0 (line 2): expected a JSON object, found a number");
  }

  @Test
  void theRepoOptionServesRecordsWithoutRepositoryUrl() {
    IssueImportSummary summary = importer.importFile(fixture("no-repository-url.jsonl"), "lab/captions", Progress.NONE);

    assertThat(summary.issuesPerRepository()).containsOnlyKeys("lab/captions");
    assertThat(numbers("lab/captions")).containsExactly(2, 5);
  }

  @Test
  void aRecordWithoutRepositoryIsRejectedWithoutTheRepoOption() {
    assertThatThrownBy(() -> importer.importFile(fixture("no-repository-url.jsonl"), null, Progress.NONE))
        .hasMessage("no-repository-url.jsonl line 1: field `repository_url` is missing"
            + " (or give the repository with --repo OWNER/NAME)");
  }

  @Test
  void aRepositoryUrlContradictingTheRepoOptionIsRejected() {
    assertThatThrownBy(() -> importer.importFile(fixture("caption-studio-issues.jsonl"), "lab/other", Progress.NONE))
        .hasMessage("caption-studio-issues.jsonl line 1: field `repository_url` names acme-ml/caption-studio,"
            + " not the repository given with --repo (lab/other)");
  }

  @Test
  void readsGitHubEnterpriseRepositoryUrls() throws IOException {
    String line = Files.readAllLines(fixture("caption-studio-issues.jsonl")).get(1)
        .replace("\"repository_url\": \"https://api.github.com/repos/acme-ml/caption-studio\"",
            "\"repository_url\": \"https://git.example.edu/api/v3/repos/vision/captioner\"");
    importer.importFile(write("ghe.jsonl", line), null, Progress.NONE);

    assertThat(numbers("vision/captioner")).containsExactly(2);
  }

  @Test
  void readsGzipCompressedDumps() throws IOException {
    Path gz = temp.resolve("caption-studio-issues.jsonl.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(Files.readAllBytes(fixture("caption-studio-issues.jsonl")));
    }
    assertThat(importer.importFile(gz, null, Progress.NONE).issues()).isEqualTo(5);
  }

  @Test
  void aCutOffGzipDumpIsAnErrorNamingTheFileAndImportsNothing() throws IOException {
    java.io.ByteArrayOutputStream whole = new java.io.ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(whole)) {
      out.write(Files.readAllBytes(fixture("caption-studio-issues.jsonl")));
    }
    Path gz = temp.resolve("cut-issues.jsonl.gz");
    byte[] bytes = whole.toByteArray();
    Files.write(gz, java.util.Arrays.copyOf(bytes, bytes.length * 2 / 3));

    assertThatThrownBy(() -> importer.importFile(gz, null, Progress.NONE))
        .hasMessageContaining(gz + " line ")
        .hasMessageContaining("the gzip data is corrupt or cut off");
    assertThat(numbers("acme-ml/caption-studio")).isEmpty();
  }

  @Test
  void aBinaryDumpIsAnErrorNamingTheFileAndLine() throws IOException {
    Path file = temp.resolve("binary.jsonl");
    Files.write(file, new byte[] {'\n', (byte) 0xfe, (byte) 0xff, 0, 0, 1});

    assertThatThrownBy(() -> importer.importFile(file, null, Progress.NONE))
        .hasMessageStartingWith(file + " line 2: not UTF-8 text (byte 0xfe at offset 1)");
  }

  @Test
  void anIssueNumberedZeroIsImportedAsTheApiServesIt() throws IOException {
    String line = Files.readAllLines(fixture("caption-studio-issues.jsonl")).get(1);
    importer.importFile(write("zero.jsonl", line.replace("\"number\": 2", "\"number\": 0")), null, Progress.NONE);

    assertThat(numbers("acme-ml/caption-studio")).containsExactly(0);
    assertThatThrownBy(() -> importer.importFile(
        write("negative.jsonl", line.replace("\"number\": 2", "\"number\": -2")), null, Progress.NONE))
        .hasMessage("negative.jsonl line 1: field `number` is not an issue number: -2");
  }

  @Test
  void skippingBadRecordsImportsTheRestAndListsEachOneLeftOut() {
    IssueImportSummary summary = importer.importFiles(fixture("missing-number.jsonl"), null, null, BadRecords.SKIP,
        Progress.NONE);

    assertThat(numbers("acme-ml/caption-studio")).containsExactly(1, 4);
    assertThat(summary.issues()).isEqualTo(2);
    assertThat(summary.skipped()).extracting(SkippedRecord::toString)
        .containsExactly("missing-number.jsonl line 2: field `number` is missing");
  }

  @Test
  void skippingBadRecordsAlsoCoversTheCommentsFile() {
    IssueImportSummary summary = importer.importFiles(fixture("caption-studio-issues.jsonl"),
        fixture("comments-without-issue-url.jsonl"), null, BadRecords.SKIP, Progress.NONE);

    assertThat(summary.skipped()).extracting(SkippedRecord::toString)
        .containsExactly("comments-without-issue-url.jsonl line 2: field `issue_url` is missing");
    assertThat(count("SELECT count(*) FROM issue_comments WHERE issue_number = 2 AND comment_id = 1619002001")).isOne();
  }

  @Test
  void malformedJsonStopsTheImportEvenWhenSkippingBadRecords() {
    assertThatThrownBy(() -> importer.importFiles(fixture("broken-line.jsonl"), null, null, BadRecords.SKIP,
        Progress.NONE))
        .hasMessageStartingWith("broken-line.jsonl line 3: malformed JSON");
    assertThat(count("SELECT count(*) FROM issues")).isZero();
  }

  @Test
  void oneNumberGivenToTwoGitHubIdsIsABadRecordNotAnOverwrite() throws IOException {
    String line = Files.readAllLines(fixture("caption-studio-issues.jsonl")).get(1);
    String other = line.replace("\"id\": 1802345002", "\"id\": 1802345999")
        .replace("\"title\": \"", "\"title\": \"Another issue: ");
    assertThat(other).isNotEqualTo(line);
    Path twice = write("twice.jsonl", line, line, other);

    assertThatThrownBy(() -> importer.importFile(twice, null, Progress.NONE))
        .hasMessage("twice.jsonl line 3: field `number` 2 of acme-ml/caption-studio was given at twice.jsonl line 1"
            + " to the issue with GitHub id 1802345002, and this record's id is 1802345999");
    assertThat(count("SELECT count(*) FROM issues")).isZero();

    IssueImportSummary summary = importer.importFiles(twice, null, null, BadRecords.SKIP, Progress.NONE);
    assertThat(summary.issues()).isOne();
    assertThat(summary.skipped()).hasSize(1);
    assertThat(row("SELECT github_id FROM issues WHERE number = 2")).containsExactly("1802345002");
  }

  @Test
  void anEmptyFileImportsNothing() throws IOException {
    IssueImportSummary summary = importer.importFile(write("empty.jsonl", "", "  "), null, Progress.NONE);
    assertThat(summary.records()).isZero();
    assertThat(summary.issues()).isZero();
  }

  private Path write(String name, String... lines) throws IOException {
    Path file = temp.resolve(name);
    Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return file;
  }

  static Path fixture(String name) {
    try {
      return Path.of(IssueDumpImporterTest.class.getResource("/issuesimport/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private List<Integer> numbers(String repository) {
    return rows("SELECT number FROM issues WHERE repository = '" + repository + "' ORDER BY number").stream()
        .map(Integer::valueOf).toList();
  }

  private long count(String sql) {
    return Long.parseLong(rows(sql).get(0));
  }

  private List<String> row(String sql) {
    return store.read(connection -> {
      try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
        assertThat(rs.next()).as("a row for %s", sql).isTrue();
        List<String> values = new ArrayList<>();
        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
          Object value = rs.getObject(i);
          values.add(value == null ? null : value instanceof java.sql.Array array
              ? Arrays.toString((Object[]) array.getArray())
              : value instanceof java.sql.Timestamp ts ? SECONDS.format(ts.toLocalDateTime())
              : value instanceof LocalDateTime time ? SECONDS.format(time) : value.toString());
        }
        return values;
      }
    });
  }

  private List<String> rows(String sql) {
    return store.read(connection -> {
      try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
        List<String> values = new ArrayList<>();
        while (rs.next()) {
          StringBuilder line = new StringBuilder();
          for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
            line.append(i > 1 ? "," : "").append(rs.getString(i));
          }
          values.add(line.toString());
        }
        return values;
      }
    });
  }
}

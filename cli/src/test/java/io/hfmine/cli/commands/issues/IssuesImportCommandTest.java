package io.hfmine.cli.commands.issues;

import static org.assertj.core.api.Assertions.assertThat;

import io.hfmine.cli.CliRun;
import io.hfmine.datasets.store.Store;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IssuesImportCommandTest {
  @TempDir
  Path temp;

  private CliRun last;

  @Test
  void importsADumpAndPrintsTheSummary() throws IOException {
    int exit = run("issues", "import", fixture("caption-studio-issues.jsonl").toString());

    assertThat(exit).as(err()).isZero();
    assertThat(out()).contains("issues           5", "comments         5", "pull requests    2 (skipped)",
        "repositories     1", "acme-ml/caption-studio", "5 issues");
    assertThat(issuesInStore()).isEqualTo(5);
  }

  @Test
  void importsASeparateCommentsFileWithTheDump() throws IOException {
    int exit = run("issues", "import", fixture("caption-studio-issues.jsonl").toString(),
        "--comments", fixture("caption-studio-comments.jsonl").toString());

    assertThat(exit).as(err()).isZero();
    assertThat(out()).contains("comments         7", "comments skipped 2 (on pull requests or issues not in the store)");
  }

  @Test
  void aMissingCommentsFileIsAUsageError() throws IOException {
    int exit = run("issues", "import", fixture("caption-studio-issues.jsonl").toString(),
        "--comments", temp.resolve("comments.jsonl").toString());

    assertThat(exit).isEqualTo(2);
    assertThat(err()).contains("comments file", "comments.jsonl does not exist");
    assertThat(issuesInStore()).isZero();
  }

  @Test
  void aSecondImportOfTheSameDumpLeavesTheStoreAsItWas() throws IOException {
    Path dump = fixture("qa-bot-issues.json");
    assertThat(run("issues", "import", dump.toString())).isZero();
    assertThat(run("issues", "import", dump.toString())).isZero();

    assertThat(issuesInStore()).isEqualTo(3);
  }

  @Test
  void aTruncatedLineFailsNamingFileAndLineAndStoresNothing() throws IOException {
    int exit = run("issues", "import", fixture("broken-line.jsonl").toString());

    assertThat(exit).isEqualTo(1);
    assertThat(err()).contains("hfmine: broken-line.jsonl line 3: malformed JSON");
    assertThat(out()).isEmpty();
    assertThat(issuesInStore()).isZero();
  }

  @Test
  void aRecordWithoutNumberFailsNamingLineAndField() throws IOException {
    int exit = run("issues", "import", fixture("missing-number.jsonl").toString());

    assertThat(exit).isEqualTo(1);
    assertThat(err()).contains("hfmine: missing-number.jsonl line 2: field `number` is missing");
    assertThat(issuesInStore()).isZero();
  }

  @Test
  void skippingBadRecordsImportsTheRestListsTheOnesLeftOutAndExitsThree() throws IOException {
    int exit = run("issues", "import", fixture("missing-number.jsonl").toString(), "--skip-bad-records");

    assertThat(exit).as(err()).isEqualTo(3);
    assertThat(err()).contains("left out: missing-number.jsonl line 2: field `number` is missing");
    assertThat(out()).contains("issues           2", "bad records      1 (left out, listed on stderr)");
    assertThat(issuesInStore()).isEqualTo(2);
  }

  @Test
  void skippingBadRecordsWithNoneToSkipIsASuccess() throws IOException {
    int exit = run("issues", "import", fixture("caption-studio-issues.jsonl").toString(), "--skip-bad-records");

    assertThat(exit).as(err()).isZero();
    assertThat(out()).contains("bad records      0");
    assertThat(err()).doesNotContain("left out");
  }

  @Test
  void severalDumpsAreImportedEachWholeOrNotAtAll() throws IOException {
    Path binary = temp.resolve("binary.jsonl");
    Files.write(binary, new byte[] {'\n', (byte) 0xfe, (byte) 0xff, 0, 0, 1});

    int exit = run("issues", "import", fixture("caption-studio-issues.jsonl").toString(),
        fixture("broken-line.jsonl").toString(), binary.toString(), fixture("qa-bot-issues.json").toString());

    assertThat(exit).as(err()).isEqualTo(1);
    assertThat(err()).contains("hfmine: broken-line.jsonl line 3: malformed JSON",
        "(nothing of broken-line.jsonl stored)", "binary.jsonl line 2: not UTF-8 text", "(nothing of binary.jsonl stored)");
    assertThat(out()).contains("file             caption-studio-issues.jsonl", "file             qa-bot-issues.json",
        "total            2 of 4 files imported, 8 issues, 0 bad records left out", "refused          ");
    assertThat(issuesInStore()).isEqualTo(8);
  }

  @Test
  void aCommentsFileWithSeveralDumpsIsAUsageError() throws IOException {
    int exit = run("issues", "import", fixture("caption-studio-issues.jsonl").toString(),
        fixture("qa-bot-issues.json").toString(), "--comments", fixture("caption-studio-comments.jsonl").toString());

    assertThat(exit).isEqualTo(2);
    assertThat(err()).contains("--comments goes with a single dump");
    assertThat(issuesInStore()).isZero();
  }

  @Test
  void theRepoOptionNamesTheRepositoryOfTrimmedRecords() throws IOException {
    int exit = run("issues", "import", "--repo", "lab/captions", fixture("no-repository-url.jsonl").toString());

    assertThat(exit).as(err()).isZero();
    assertThat(out()).contains("lab/captions");
  }

  @Test
  void aMissingFileIsAUsageError() {
    int exit = run("issues", "import", temp.resolve("nowhere.jsonl").toString());

    assertThat(exit).isEqualTo(2);
    assertThat(err()).contains("nowhere.jsonl does not exist");
  }

  @Test
  void aMalformedRepoOptionIsAUsageError() throws IOException {
    int exit = run("issues", "import", "--repo", "just-a-name", fixture("no-repository-url.jsonl").toString());

    assertThat(exit).isEqualTo(2);
    assertThat(err()).contains("--repo must be OWNER/NAME");
  }

  private int run(String... args) {
    last = CliRun.quietIn(temp.resolve("work"), args);
    return last.exitCode();
  }

  private long issuesInStore() {
    try (Store store = Store.openIn(temp.resolve("work"))) {
      return store.read(connection -> {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT count(*) FROM issues")) {
          rs.next();
          return rs.getLong(1);
        }
      });
    }
  }

  /** Copies a dump fixture of the datasets module's tests next to the work directory. */
  private Path fixture(String name) throws IOException {
    Path file = temp.resolve(name);
    try (InputStream in = getClass().getResourceAsStream("/issuesimport/" + name)) {
      assertThat(in).as("fixture %s", name).isNotNull();
      Files.copy(in, file);
    }
    return file;
  }

  private String out() {
    return last.out();
  }

  private String err() {
    return last.err();
  }
}

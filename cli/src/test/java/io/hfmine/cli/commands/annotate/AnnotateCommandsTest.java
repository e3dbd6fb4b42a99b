package io.hfmine.cli.commands.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import io.hfmine.cli.CliRun;
import io.hfmine.cli.commands.issues.IssueRows;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnotateCommandsTest {
  private static final String HEADER = "id,url,title,body_excerpt,ptm,themes,subthemes,type,annotator,note\r\n";

  @TempDir
  Path work;

  private CliRun last;

  private int run(String... args) {
    last = CliRun.quietIn(work, args);
    return last.exitCode();
  }

  private Path csv(String name, String rows) throws Exception {
    Path file = work.resolve(name);
    Files.writeString(file, HEADER + rows);
    return file;
  }

  @Test
  void exportWritesSeededSampleWithEmptyLabelColumns() throws Exception {
    IssueRows.insertSample(work);
    Path first = work.resolve("a.csv");
    Path second = work.resolve("b.csv");

    assertThat(run("annotate", "export", "--sample", "2", "--seed", "7", "--stratify", "project", "--out", first.toString())).isZero();
    run("annotate", "export", "--sample", "2", "--seed", "7", "--stratify", "project", "--out", second.toString());

    String text = Files.readString(first);
    assertThat(text).startsWith(HEADER).isEqualTo(Files.readString(second));
    assertThat(text.lines()).hasSize(3);
    assertThat(text).contains("other/site#7,https://github.com/other/site/issues/7,Footer links are broken,"
        + "The Terms link returns 404.,,,,,,");
  }

  @Test
  void anExportedSheetFilledInPartImportsItsLabelledRowsAndCountsTheOthers() throws Exception {
    IssueRows.insertSample(work);
    Path sheet = work.resolve("sheet.csv");
    assertThat(run("annotate", "export", "--sample", "3", "--seed", "7", "--out", sheet.toString())).isZero();
    List<String> lines = new java.util.ArrayList<>(Files.readAllLines(sheet));
    assertThat(lines.get(1)).endsWith(",,,,,,");
    lines.set(1, lines.get(1).substring(0, lines.get(1).length() - 6) + ",no,,,bug,alice,");
    Files.writeString(sheet, String.join("\r\n", lines) + "\r\n");

    assertThat(run("annotate", "import", sheet.toString())).as(last.err()).isZero();

    assertThat(last.out()).contains("alice", "1 issues");
    assertThat(last.err()).contains("sheet.csv: 2 row(s) with no label yet");
  }

  @Test
  void taxonomyExportSamplesOnlyIssuesTheChosenSourceCallsPtmRelated() throws Exception {
    IssueRows.insertSample(work);
    run("issues", "classify", "--method", "rules");
    Path file = work.resolve("taxonomy.csv");

    assertThat(run("annotate", "export", "--task", "taxonomy", "--ptm-source", "rules", "--sample", "10",
        "--annotator", "alice", "--out", file.toString())).isZero();

    List<String> lines = Files.readAllLines(file);
    assertThat(lines).hasSize(3);
    assertThat(lines.subList(1, 3)).allSatisfy(line -> assertThat(line).startsWith("acme/chat#").endsWith(",,,,,alice,"));
  }

  @Test
  void anUneditedTaxonomySheetImportsNoLabel() throws Exception {
    IssueRows.insertSample(work);
    run("issues", "classify", "--method", "rules");
    Path file = work.resolve("taxonomy.csv");
    run("annotate", "export", "--task", "taxonomy", "--ptm-source", "rules", "--sample", "10", "--annotator", "alice",
        "--out", file.toString());

    assertThat(run("annotate", "import", file.toString())).as(last.err()).isZero();

    assertThat(last.err()).contains("taxonomy.csv: 2 row(s) with no label yet");
    assertThat(last.out()).doesNotContain("alice");
  }

  @Test
  void importStoresLabelsThatAgreementCompares() throws Exception {
    IssueRows.insertSample(work);
    Path alice = csv("alice.csv", "acme/chat#1,,,,yes,,HR.MEM,bug,,\r\nacme/chat#2,,,,yes,RC,RC.ACCESS,question,,\r\n"
        + "other/site#7,,,,no,,,bug,,\r\n");
    Path bob = csv("bob.csv", "acme/chat#1,,,,yes,,HR.MEM,bug,bob,\r\nacme/chat#2,,,,yes,,MU.API,question,bob,\r\n"
        + "other/site#7,,,,no,,,bug,bob,\r\n");

    assertThat(run("annotate", "import", alice.toString(), "--annotator", "alice")).isZero();
    assertThat(last.out()).contains("alice", "3 issues");
    assertThat(run("annotate", "import", bob.toString())).isZero();

    assertThat(run("annotate", "agreement", "--annotators", "alice,bob")).isZero();
    String report = last.out();
    assertThat(report).contains("Cohen's kappa for alice, bob on 3 issues");
    assertThat(report).containsPattern("ptm\\s+3\\s+1\\.000\\s+1\\.000");
    // po = 1/2, pe = (1*1)/4 (only HR is used by both) -> kappa = (1/2 - 1/4) / (3/4) = 1/3
    assertThat(report).containsPattern("themes \\(set\\)\\s+2\\s+0\\.500\\s+0\\.333");
    assertThat(report).contains("acme/chat#2", "{alice=RC, bob=MU}");
  }

  @Test
  void importWithABadRowNamesTheLineAndImportsNothing() throws Exception {
    IssueRows.insertSample(work);
    Path file = csv("bad.csv", "acme/chat#1,,,,yes,,HR.MEM,bug,alice,\r\nacme/chat#2,,,,yes,,XX.NOPE,,alice,\r\n"
        + "ghost/repo#9,,,,no,,,,alice,\r\nother/site#7,,,,no,,,,,\r\n");

    assertThat(run("annotate", "import", file.toString())).isEqualTo(2);

    String errors = last.err();
    assertThat(errors).contains("bad.csv line 3: unknown sub-theme code 'XX.NOPE'",
        "bad.csv line 4: issue ghost/repo#9 is not in the store", "bad.csv line 5: empty annotator",
        "nothing imported");
    run("issues", "list");
    assertThat(last.out()).doesNotContain("human:alice");
  }

  @Test
  void evaluatePrintsScoresOfRulesAgainstGold() throws Exception {
    IssueRows.insertSample(work);
    Path gold = csv("gold.csv", "acme/chat#1,,,,yes,,HR.MEM,bug,,\r\nacme/chat#2,,,,yes,,RC.ACCESS,question,,\r\n"
        + "other/site#7,,,,no,,,bug,,\r\n");

    assertThat(run("annotate", "evaluate", "--gold", gold.toString(), "--method", "rules")).isZero();

    String report = last.out();
    assertThat(report).contains("method rules, 3 gold issues");
    assertThat(report).containsPattern("ptm\\s+1\\.000\\s+1\\.000\\s+1\\.000\\s+2");
    assertThat(report).containsPattern("theme accuracy \\(primary\\)\\s+1\\.000\\s+on 2 gold").contains("gold \\ predicted");
    // Every issue right: no resample can move a figure; two repositories are too few to resample whole.
    assertThat(report).contains("2,000 resamples of the gold issues' 3 issues (fewer than 10 repositories")
        .containsPattern("ptm f1\\s+1\\.000  \\[1\\.000, 1\\.000]");

    assertThat(run("annotate", "evaluate", "--gold", gold.toString(), "--method", "rules", "--bootstrap", "0")).isZero();
    assertThat(last.out()).doesNotContain("intervals");
    assertThat(run("annotate", "evaluate", "--gold", gold.toString(), "--bootstrap", "-1")).isEqualTo(2);
    assertThat(last.err()).contains("--bootstrap must be 0 or more");
  }

  @Test
  void aGoldFileOfSeveralAnnotatorsNamesTheOptionThatChoosesOneAndThatOptionWorks() throws Exception {
    IssueRows.insertSample(work);
    Path both = csv("both.csv", "acme/chat#1,,,,yes,,HR.MEM,bug,alice,\r\nacme/chat#1,,,,no,,,bug,bob,\r\n"
        + "other/site#7,,,,no,,,bug,alice,\r\n");

    assertThat(run("annotate", "evaluate", "--gold", both.toString())).isEqualTo(2);
    assertThat(last.err()).contains("--annotator NAME");

    assertThat(run("annotate", "evaluate", "--gold", both.toString(), "--annotator", "alice")).isZero();
    assertThat(last.out()).as("without --method, issues.method's classifier").contains("method classifier, 2 gold issues");
  }

  @Test
  void aPtmRowWithABlankThemesCellCountsForRelevanceOnlyNotAsTheLabelNone() throws Exception {
    IssueRows.insertSample(work);
    Path gold = csv("gold.csv", "acme/chat#1,,,,yes,,,bug,,\r\nacme/chat#2,,,,yes,,RC.ACCESS,question,,\r\n"
        + "other/site#7,,,,no,,,bug,,\r\n");

    assertThat(run("annotate", "evaluate", "--gold", gold.toString(), "--method", "rules")).isZero();

    // Issue 1's themes were not annotated: only issue 2 is scored on themes, and the rules get it right.
    assertThat(last.out()).containsPattern("ptm\\s+1\\.000\\s+1\\.000\\s+1\\.000\\s+2")
        .containsPattern("theme accuracy \\(primary\\)\\s+1\\.000\\s+on 1 gold PTM-related issues");
  }
}

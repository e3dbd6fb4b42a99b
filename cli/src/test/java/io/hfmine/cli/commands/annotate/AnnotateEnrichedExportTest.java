package io.hfmine.cli.commands.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import io.hfmine.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code annotate export --enrich} on a store of issues written for the test: in each repository
 * some issues speak of reusing released weights in their title or body and the others do not
 * (or only in a reply), so which stratum each issue belongs to is known from the fixture itself.
 */
class AnnotateEnrichedExportTest {
  private static final String SHEET_HEADER = "id,url,title,body_excerpt,ptm,themes,subthemes,type,annotator,note";

  @TempDir
  Path work;

  private CliRun last;
  /** The stratum each fixture issue belongs to, by the text the test wrote. */
  private Map<String, String> written;

  private int run(String... args) {
    last = CliRun.quietIn(work, args);
    return last.exitCode();
  }

  @BeforeEach
  void store() {
    written = TwoStrataIssues.insert(work);
  }


  private static List<Map<String, String>> rows(Path csv) throws Exception {
    List<String> lines = Files.readAllLines(csv);
    String[] header = lines.get(0).split(",");
    List<Map<String, String>> rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",", -1);
      Map<String, String> row = new HashMap<>();
      for (int i = 0; i < header.length; i++) {
        row.put(header[i], cells[i]);
      }
      rows.add(row);
    }
    return rows;
  }

  private static String repositoryOf(String id) {
    return id.substring(0, id.indexOf('#'));
  }

  @Test
  void anEnrichedDrawTakesEachStratumsShareWithinTheCapsAndRecordsStrataOnlyInTheManifest() throws Exception {
    Path sheet = work.resolve("sheet.csv");
    Path manifest = work.resolve("strata.csv");

    assertThat(run("annotate", "export", "--sample", "10", "--enrich", "6", "--per-repository", "4,2", "--seed", "5",
        "--manifest", manifest.toString(), "--out", sheet.toString())).as(last.err()).isZero();

    List<Map<String, String>> strata = rows(manifest);
    assertThat(Files.readAllLines(manifest).get(0)).isEqualTo("id,url,repository,stratum");
    assertThat(Files.readAllLines(sheet).get(0)).isEqualTo(SHEET_HEADER);
    List<String> sheetIds = rows(sheet).stream().map(row -> row.get("id")).toList();
    assertThat(strata.stream().map(row -> row.get("id")).toList()).isEqualTo(sheetIds).doesNotHaveDuplicates();
    assertThat(strata).allSatisfy(row -> {
      assertThat(row.get("stratum")).isEqualTo(written.get(row.get("id")));
      assertThat(row.get("repository")).isEqualTo(repositoryOf(row.get("id")));
    });
    Map<String, Long> perStratum = sheetIds.stream().collect(Collectors.groupingBy(written::get, Collectors.counting()));
    assertThat(perStratum).containsEntry("P", 6L).containsEntry("R", 4L);
    Map<String, Long> perRepositoryAndStratum = sheetIds.stream()
        .collect(Collectors.groupingBy(id -> repositoryOf(id) + " " + written.get(id), Collectors.counting()));
    perRepositoryAndStratum.forEach((key, count) ->
        assertThat(count).as(key).isLessThanOrEqualTo(key.endsWith("P") ? 4 : 2));
    assertThat(last.err()).contains("stratum P: 15 candidates in 2 repositories, drew 6 of 6",
        "stratum R: 21 candidates in 3 repositories, drew 4 of 4").doesNotContain("short");
  }

  @Test
  void theSameSeedAndStoreDrawTheSameSampleAndAnotherSeedAnother() throws Exception {
    String[] options = {"--sample", "8", "--enrich", "50%", "--per-repository", "3,3"};
    List<String> sheets = new ArrayList<>();
    for (String seed : List.of("9", "9", "10")) {
      Path sheet = work.resolve("sheet-" + sheets.size() + ".csv");
      Path manifest = work.resolve("strata-" + sheets.size() + ".csv");
      assertThat(run(CliRun.concat(CliRun.concat(new String[] {"annotate", "export"}, options), "--seed", seed,
          "--manifest", manifest.toString(), "--out", sheet.toString()))).isZero();
      sheets.add(Files.readString(sheet) + Files.readString(manifest));
    }

    assertThat(sheets.get(1)).isEqualTo(sheets.get(0));
    assertThat(sheets.get(2)).isNotEqualTo(sheets.get(0));
  }

  @Test
  void issuesNamedInExcludeFilesOrAnnotatedInTheStoreAreNeverDrawn() throws Exception {
    Path earlier = work.resolve("earlier-round.csv");
    Files.writeString(earlier, "id,stratum\nlab/vision#1,P\nlab/vision#2,P\nlab/vision#3,P\nlab/vision#4,P\nlab/vision#5,P\n"
        + "lab/speech#1,P\n");
    Path annotated = work.resolve("alice.csv");
    Files.writeString(annotated, SHEET_HEADER + "\nlab/vision#6,,,,yes,,,,alice,\nlab/vision#7,,,,yes,,,,alice,\n");
    assertThat(run("annotate", "import", annotated.toString())).as(last.err()).isZero();
    Path sheet = work.resolve("sheet.csv");

    assertThat(run("annotate", "export", "--sample", "30", "--enrich", "15", "--exclude", earlier.toString(),
        "--exclude-annotated", "--seed", "3", "--out", sheet.toString())).as(last.err()).isZero();

    List<String> drawn = rows(sheet).stream().map(row -> row.get("id")).toList();
    assertThat(drawn).doesNotContain("lab/vision#1", "lab/vision#2", "lab/vision#3", "lab/vision#4", "lab/vision#5",
        "lab/speech#1", "lab/vision#6", "lab/vision#7");
    // 15 prescreened issues less the 8 left out: the stratum is drawn whole and reported short.
    assertThat(drawn.stream().filter(id -> written.get(id).equals("P"))).hasSize(7);
    assertThat(last.err()).contains("left out 8 of 36 candidate issues",
        "stratum P: 7 candidates in 2 repositories, drew 7 of 15 (short by 8: only 7 candidates)",
        "pass --manifest FILE.csv");
  }

  @Test
  void aStratumTheCapsCannotFillIsReportedShort() throws Exception {
    assertThat(run("annotate", "export", "--sample", "12", "--enrich", "10", "--per-repository", "3,5",
        "--out", work.resolve("sheet.csv").toString())).isZero();

    // Prescreened issues per repository 12, 3, 0 under a cap of 3: 3 + 3.
    assertThat(last.err()).contains("stratum P: 15 candidates in 2 repositories, drew 6 of 10 "
        + "(short by 4: the cap of 3 per repository admits only 6 of 15 candidates)", "wrote 8 issues");
  }

  @Test
  void anExcludeFileWithAMalformedIdNamesFileAndLineAndNothingIsWritten() throws Exception {
    Path bad = work.resolve("bad.csv");
    Files.writeString(bad, "id,note\nlab/vision#1,\nlab/vision 2,typo\n");
    Path noId = work.resolve("no-id.csv");
    Files.writeString(noId, "issue,note\nlab/vision#1,\n");
    Path sheet = work.resolve("sheet.csv");

    assertThat(run("annotate", "export", "--sample", "4", "--enrich", "2", "--exclude", bad.toString(),
        "--exclude", noId.toString(), "--out", sheet.toString())).isEqualTo(2);

    assertThat(last.err()).contains(bad + " line 3: column id: 'lab/vision 2' is not an issue id",
        noId + " line 1: no 'id' column");
    assertThat(sheet).doesNotExist();
  }

  @Test
  void optionsThatNeedEnrichOrContradictItAreRejectedBeforeDrawing() {
    Path out = work.resolve("sheet.csv");
    assertThat(run("annotate", "export", "--sample", "4", "--per-repository", "2,2", "--out", out.toString())).isEqualTo(2);
    assertThat(last.err()).contains("--per-repository needs --enrich");
    assertThat(run("annotate", "export", "--sample", "4", "--enrich", "5", "--out", out.toString())).isEqualTo(2);
    assertThat(last.err()).contains("--enrich 5 must be between 0 and --sample 4");
    assertThat(run("annotate", "export", "--sample", "4", "--enrich", "2", "--stratify", "project", "--out",
        out.toString())).isEqualTo(2);
    assertThat(run("annotate", "export", "--sample", "4", "--exclude", work.resolve("gone.csv").toString(), "--out",
        out.toString())).isEqualTo(2);
    assertThat(last.err()).contains("--exclude " + work.resolve("gone.csv") + " does not exist");
    assertThat(out).doesNotExist();
  }
}

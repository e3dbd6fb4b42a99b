package io.hfmine.cli.commands.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import io.hfmine.cli.CliRun;
import io.hfmine.datasets.store.Store;
import io.hfmine.web.annotate.WeightedConfusion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code annotate evaluate --strata}: a researcher draws an enriched sample, labels it, and gets the
 * method's relevance figures weighted back to every issue of the sampled repositories. The
 * expected figures are computed here from the fixture (which stratum each issue was written for),
 * the labels the test gives, and the method's own stored answers, by the estimator's formula.
 */
class AnnotateStratifiedEvaluateTest {
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


  /** Draws 10 issues (6 prescreened) and returns their ids in the sheet's order. */
  private List<String> draw(Path manifest) throws Exception {
    Path sheet = work.resolve("sheet.csv");
    assertThat(run("annotate", "export", "--sample", "10", "--enrich", "6", "--per-repository", "4,2", "--seed", "5",
        "--manifest", manifest.toString(), "--out", sheet.toString())).as(last.err()).isZero();
    return Files.readAllLines(sheet).stream().skip(1).map(line -> line.substring(0, line.indexOf(','))).toList();
  }

  /** A gold sheet: the given answer per issue, every other cell blank. */
  private Path gold(Map<String, Boolean> answers) throws Exception {
    StringBuilder csv = new StringBuilder(SHEET_HEADER).append('\n');
    answers.forEach((id, ptm) -> csv.append(id).append(",,,,").append(ptm ? "yes" : "no").append(",,,,,\n"));
    Path gold = work.resolve("gold.csv");
    Files.writeString(gold, csv.toString());
    return gold;
  }

  private Map<String, Boolean> storedRulesAnswers() throws Exception {
    assertThat(run("issues", "classify", "--method", "rules")).as(last.err()).isZero();
    Map<String, Boolean> answers = new HashMap<>();
    try (Store store = Store.openIn(work)) {
      store.read(connection -> {
        try (ResultSet rows = connection.createStatement().executeQuery("SELECT repository, issue_number, value FROM "
            + "issue_labels WHERE source = 'rules' AND label_kind = 'ptm'")) {
          while (rows.next()) {
            answers.put(rows.getString(1) + "#" + rows.getInt(2), Boolean.parseBoolean(rows.getString(3)));
          }
        }
        return null;
      });
    }
    return answers;
  }

  @Test
  void theWeightedLineStandsEachLabelledIssueForItsStratumsIssuesInTheSampledRepositories() throws Exception {
    Path manifest = work.resolve("strata.csv");
    List<String> drawn = draw(manifest);
    // The annotator disagrees with the prescreen once in each stratum, so both strata hold errors to weigh.
    Map<String, Boolean> answers = new LinkedHashMap<>();
    String firstP = drawn.stream().filter(id -> written.get(id).equals("P")).findFirst().orElseThrow();
    String firstR = drawn.stream().filter(id -> written.get(id).equals("R")).findFirst().orElseThrow();
    drawn.forEach(id -> answers.put(id, written.get(id).equals("P") != (id.equals(firstP) || id.equals(firstR))));
    Path gold = gold(answers);
    Map<String, Boolean> predicted = storedRulesAnswers();

    assertThat(run("annotate", "evaluate", "--gold", gold.toString(), "--method", "rules", "--strata", manifest.toString()))
        .as(last.err()).isZero();

    Set<String> repositories = new TreeSet<>();
    drawn.forEach(id -> repositories.add(id.substring(0, id.indexOf('#'))));
    Map<String, Long> population = new HashMap<>();
    written.forEach((id, stratum) -> {
      if (repositories.contains(id.substring(0, id.indexOf('#')))) {
        population.merge(stratum, 1L, Long::sum);
      }
    });
    WeightedConfusion counts = WeightedConfusion.of(drawn, written::get, population, answers::get, predicted::get);
    double tp = counts.tp();
    double fp = counts.fp();
    double fn = counts.fn();
    double total = counts.total();
    assertThat(total).isEqualTo(population.values().stream().mapToLong(Long::longValue).sum());
    String weightedLine = String.format("%-9s %8d %11s %,8d %8s %9.3f %9.3f %9.3f", "weighted", drawn.size(), "", (long) total,
        "", tp + fp == 0 ? 0 : tp / (tp + fp), tp + fn == 0 ? 0 : tp / (tp + fn), tp == 0 ? 0 : 2 * tp / (2 * tp + fp + fn));
    assertThat(last.out()).contains(String.format("weighted to the %,d issues of the gold issues' %d repositories",
        (long) total, repositories.size()), weightedLine, String.format(
        "PTM-related share of those issues: %.1f %% by the labels, %.1f %% by the method", 100 * (tp + fn) / total,
        100 * (tp + fp) / total));
    assertThat(last.out()).containsPattern("(?m)^P\\s+6\\s+5\\s+" + population.get("P") + "\\s")
        .containsPattern("(?m)^R\\s+4\\s+1\\s+" + population.get("R") + "\\s").doesNotContain("note:");
  }

  @Test
  void aStrataFileThatDisagreesWithTodaysPrescreenIsWeighedButFlaggedAsApproximate() throws Exception {
    Path manifest = work.resolve("strata.csv");
    List<String> drawn = draw(manifest);
    String firstR = drawn.stream().filter(id -> written.get(id).equals("R")).findFirst().orElseThrow();
    String relabelled = Files.readString(manifest)
        .replaceAll("(?m)^(" + Pattern.quote(firstR) + ",.*),R$", "$1,P");
    Files.writeString(manifest, relabelled);
    Map<String, Boolean> answers = new LinkedHashMap<>();
    drawn.forEach(id -> answers.put(id, written.get(id).equals("P")));

    assertThat(run("annotate", "evaluate", "--gold", gold(answers).toString(), "--method", "rules", "--strata",
        manifest.toString())).as(last.err()).isZero();

    assertThat(last.out()).containsPattern("(?m)^P\\s+7\\s")
        .contains("note: 1 of the 10 labelled issues are in another stratum by today's prescreen than strata.csv says");
  }

  @Test
  void aGoldIssueMissingFromTheStrataFileIsAnErrorNamingIt() throws Exception {
    Path manifest = work.resolve("strata.csv");
    List<String> drawn = draw(manifest);
    Map<String, Boolean> answers = new LinkedHashMap<>();
    drawn.forEach(id -> answers.put(id, written.get(id).equals("P")));
    answers.put("solo/plots#5", false);
    String undrawn = drawn.contains("solo/plots#5") ? null : "solo/plots#5";
    Path gold = gold(answers);
    if (undrawn == null) {
      Files.writeString(manifest, String.join("\n", Files.readAllLines(manifest).stream()
          .filter(line -> !line.startsWith("solo/plots#5,")).toList()) + "\n");
    }

    assertThat(run("annotate", "evaluate", "--gold", gold.toString(), "--method", "rules", "--strata", manifest.toString()))
        .isEqualTo(2);

    assertThat(last.err()).contains(manifest + ": 1 gold issue(s) have no stratum in the strata file, e.g. solo/plots#5");
    assertThat(last.out()).isEmpty();
  }

  @Test
  void aStratumWithIssuesButNoLabelledOneCannotBeWeighedAndSaysSo() throws Exception {
    Path manifest = work.resolve("strata.csv");
    Files.writeString(manifest, "id,url,repository,stratum\nlab/speech#1,,lab/speech,P\nlab/speech#2,,lab/speech,P\n");
    Path gold = gold(Map.of("lab/speech#1", true, "lab/speech#2", false));

    assertThat(run("annotate", "evaluate", "--gold", gold.toString(), "--method", "rules", "--strata", manifest.toString()))
        .isEqualTo(2);

    assertThat(last.err()).contains("stratum R has 6 issues in the population but none in the sample");
  }

  @Test
  void aMalformedStrataFileIsRefusedByLineBeforeAnythingIsLabelled() throws Exception {
    Path manifest = work.resolve("strata.csv");
    Files.writeString(manifest, "id,stratum\nlab/speech#1,P\nlab/speech#2,Q\nlab speech 3,R\nlab/speech#1,R\n");
    Path noStratum = work.resolve("ids-only.csv");
    Files.writeString(noStratum, "id,url\nlab/speech#1,\n");
    Path gold = gold(Map.of("lab/speech#1", true));

    assertThat(run("annotate", "evaluate", "--gold", gold.toString(), "--strata", manifest.toString())).isEqualTo(2);
    assertThat(last.err()).contains(manifest + " line 3: column stratum: 'Q' is not P or R",
        manifest + " line 4: column id: ", manifest + " line 5: issue lab/speech#1 is listed again (first on line 2)",
        manifest + ": 3 problem(s) in the strata file");

    assertThat(run("annotate", "evaluate", "--gold", gold.toString(), "--strata", noStratum.toString())).isEqualTo(2);
    assertThat(last.err()).contains(noStratum + " line 1: no 'stratum' column");

    assertThat(run("annotate", "evaluate", "--gold", gold.toString(), "--strata", work.resolve("gone.csv").toString()))
        .isEqualTo(2);
    assertThat(last.err()).contains("--strata " + work.resolve("gone.csv") + " does not exist");
  }
}

package io.hfmine.cli.commands.stats;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hfmine.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {
  @TempDir
  Path dir;

  private CliRun last;

  private int run(String... args) {
    last = CliRun.of(CliRun.concat(args, "--work-dir", dir.resolve("work").toString()));
    return last.exitCode();
  }

  private String out() {
    return last.out();
  }

  private String err() {
    return last.err();
  }

  private Path csv(String text) throws Exception {
    Path file = dir.resolve("times.csv");
    Files.writeString(file, text);
    return file;
  }

  @Test
  void comparesTwoGroupsAsJsonWithTheChosenAlternativeAboutTheNamedGroup() throws Exception {
    Path file = csv("group,days\nother,1\nptm,10\nptm,11\nptm,12\nother,2\nother,3\n");
    int code = run("stats", "compare", file.toString(), "--group-col", "group", "--value-col", "days",
        "--alternative", "less", "--first", "ptm", "--json");
    assertThat(code).as(err()).isZero();
    JsonNode json = new ObjectMapper().readTree(out());
    assertThat(json.at("/mann_whitney/x").asText()).isEqualTo("ptm");
    assertThat(json.at("/mann_whitney/alternative").asText()).isEqualTo("less");
    assertThat(json.at("/mann_whitney/hypothesis").asText()).isEqualTo("one-sided: ptm tends to be less than other");
    assertThat(json.at("/mann_whitney/ran").asText()).startsWith(
        "scipy.stats.mannwhitneyu(x=ptm, y=other, alternative='less', method='auto'");
    assertThat(json.at("/mann_whitney/u1").asDouble()).isEqualTo(9.0);
    assertThat(json.at("/mann_whitney/p_value").asDouble()).isEqualTo(1.0);
    assertThat(json.at("/groups/1/median").asDouble()).isEqualTo(2.0);
    assertThat(json.get("conventions").toString()).contains("scipy.stats.mannwhitneyu");
    assertThat(dir.resolve("work/hfmine.duckdb")).doesNotExist();
  }

  @Test
  void withoutOptionsTwoGroupsGetScipysDefaultTwoSidedTestAndTheOutputSaysSo() throws Exception {
    Path file = csv("group,days\nptm,10\nptm,11\nptm,12\nother,1\nother,2\nother,3\n");
    int code = run("stats", "compare", file.toString(), "--group-col", "group", "--value-col", "days");
    assertThat(code).as(err()).isZero();
    // scipy.stats.mannwhitneyu([10, 11, 12], [1, 2, 3]).pvalue == 0.1 (exact, two-sided)
    assertThat(out()).contains("Mann-Whitney U, two-sided: ptm != other")
        .contains("alternative='two-sided', method='auto', use_continuity=True) -> exact")
        .contains("p = 0.1000");
  }

  @Test
  void aOneSidedAlternativeWithoutFirstIsAUsageErrorSayingWhatIsMissing() throws Exception {
    Path file = csv("group,days\nptm,10\nother,1\n");
    int code = run("stats", "compare", file.toString(), "--group-col", "group", "--value-col", "days",
        "--alternative", "greater");
    assertThat(code).isEqualTo(2);
    assertThat(err()).contains("--alternative greater needs --first GROUP");
    assertThat(out()).isEmpty();
  }

  @Test
  void threeGroupsPrintKruskalWallisAndDunnTables() throws Exception {
    Path file = csv("theme,days\nMU,1\nMU,2\nPQ,5\nPQ,6\nHR,9\nHR,8\n");
    int code = run("stats", "compare", file.toString(), "--group-col", "theme", "--value-col", "days");
    assertThat(code).as(err()).isZero();
    assertThat(out()).contains("Kruskal-Wallis H across 3 groups").contains("Dunn's post-hoc test, Holm-adjusted")
        .contains("Conventions (SciPy's)");
  }

  @Test
  void badValueFailsNamingFileLineAndColumn() throws Exception {
    Path file = csv("group,days\nptm,10\nother,ten\n");
    int code = run("stats", "compare", file.toString(), "--group-col", "group", "--value-col", "days");
    assertThat(code).isEqualTo(1);
    assertThat(err()).contains(file + " line 3: column 'days' is not a number: 'ten'");
    assertThat(out()).isEmpty();
  }

  @Test
  void unknownAlternativeIsAUsageError() throws Exception {
    Path file = csv("group,days\nptm,10\nother,1\n");
    int code = run("stats", "compare", file.toString(), "--group-col", "group", "--value-col", "days",
        "--alternative", "bigger");
    assertThat(code).isEqualTo(2);
    assertThat(err()).contains("--alternative: unknown alternative 'bigger'");
  }
}

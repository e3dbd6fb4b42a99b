package io.hfmine.analyzers.pick.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JudgmentsTest {
  @TempDir
  Path dir;

  private Judgments read(String csv) throws Exception {
    Path file = dir.resolve("judgments.csv");
    Files.writeString(file, csv);
    return Judgments.read(file);
  }

  @Test
  void aModelSuitsARequestWhenMoreThanHalfOfItsJudgesSaySo() throws Exception {
    Judgments judgments = read("""
        request_id,model_id,suitable,judge,note
        r1,acme/a,yes,ana,
        r1,acme/a,yes,bo,
        r1,acme/b,yes,ana,"fits, but slow"
        r1,acme/b,no,bo,
        r1,acme/c,,ana,not judged yet
        r2,acme/d,no,ana,
        """);

    assertThat(judgments.suitable("r1")).containsExactly("acme/a");
    assertThat(judgments.judged("r1", "acme/b")).isTrue();
    assertThat(judgments.judged("r1", "acme/c")).as("an empty verdict is not a judgment").isFalse();
    assertThat(judgments.judged("r2")).isTrue();
    assertThat(judgments.suitable("r2")).isEmpty();
    assertThat(judgments.judged("r3")).isFalse();
  }

  @Test
  void twoJudgesAgreementIsCohensKappa() throws Exception {
    // ana: yes yes no no; bo: yes no no no -> po = 0.75, pe = 0.5 x 0.25 + 0.5 x 0.75 = 0.5, kappa = 0.5
    Judgments judgments = read("""
        request_id,model_id,suitable,judge
        r1,m1,yes,ana
        r1,m2,yes,ana
        r1,m3,no,ana
        r1,m4,no,ana
        r1,m1,yes,bo
        r1,m2,no,bo
        r1,m3,no,bo
        r1,m4,no,bo
        """);

    Judgments.Agreement agreement = judgments.agreement().orElseThrow();
    assertThat(agreement.pairs()).isEqualTo(4);
    assertThat(agreement.kappa()).isCloseTo(0.5, within(1e-12));
  }

  @Test
  void aBadVerdictOrAMissingColumnNamesTheLine() {
    assertThatThrownBy(() -> read("request_id,model_id,suitable\nr1,m1,yes\nr1,m2,maybe\n"))
        .hasMessageEndingWith("judgments.csv line 3: field `suitable` must be yes or no (or empty for not judged yet), got 'maybe'");
    assertThatThrownBy(() -> read("request,model_id,suitable\nr1,m1,yes\n"))
        .hasMessageContaining("line 1: no column 'request_id'");
  }

  @Test
  void judgmentsFromSeveralFilesArePooledAsOneJudgeListPerAnswer() throws Exception {
    Path first = dir.resolve("first.csv");
    Path second = dir.resolve("second.csv");
    Files.writeString(first, """
        request_id,model_id,suitable,judge,note
        r1,acme/a,yes,ana,
        r1,acme/b,no,ana,
        """);
    Files.writeString(second, """
        request_id,model_id,suitable,judge,note
        r1,acme/b,yes,bo,
        r1,acme/b,yes,cy,
        r1,acme/c,yes,bo,
        """);

    Judgments judgments = Judgments.read(List.of(first, second));

    assertThat(judgments.suitable("r1")).as("acme/b: one no, two yes").containsExactlyInAnyOrder("acme/a", "acme/b",
        "acme/c");
    assertThat(judgments.origin()).isEqualTo("first.csv, second.csv");
  }

  @Test
  void aJudgeWhoContradictsThemselvesAcrossFilesIsRefusedNamingBoth() throws Exception {
    Path first = dir.resolve("first.csv");
    Path second = dir.resolve("second.csv");
    Files.writeString(first, "request_id,model_id,suitable,judge\nr1,acme/a,yes,ana\n");
    Files.writeString(second, "request_id,model_id,suitable,judge\nr1,acme/a,no,ana\n");

    assertThatThrownBy(() -> Judgments.read(List.of(first, second))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("judge ana").hasMessageContaining("first.csv").hasMessageContaining("second.csv")
        .hasMessageContaining("acme/a");
  }
}

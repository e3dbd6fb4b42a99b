package io.hfmine.analyzers.issues.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hfmine.analyzers.issues.Annotation;
import io.hfmine.analyzers.issues.IssueFixtures;
import io.hfmine.analyzers.issues.IssueId;
import io.hfmine.analyzers.issues.taxonomy.Taxonomy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelledSetTest {
  private static final Taxonomy TAXONOMY = IssueFixtures.taxonomy();
  private static final String LABELS = "id,url,ptm,themes,subthemes,type,annotator,note\n";

  @TempDir
  Path dir;

  /** Two rounds: round 1 (A, B) labelled two issues of one repository, round 2 (C, D) one of another. */
  @BeforeEach
  void writeTwoRounds() throws IOException {
    write("manifest.csv", """
        id,url,repository,number,stratum,part,round
        acme/vision#1,https://github.com/acme/vision/issues/1,acme/vision,1,P,tuning,1
        acme/vision#2,https://github.com/acme/vision/issues/2,acme/vision,2,R,tuning,1
        zeta/nlp#7,https://github.com/zeta/nlp/issues/7,zeta/nlp,7,P,held-out,2
        """);
    write("rounds.csv", "round,annotators,note\n1,A;B,first\n2,C;D,second\n");
    write("annotator-A.csv", LABELS + row("acme/vision#1", "yes,HR,HR.MEM,bug,A") + row("acme/vision#2", "no,,,question,A"));
    write("annotator-B.csv", LABELS + row("acme/vision#1", "yes,HR,HR.MEM,bug,B") + row("acme/vision#2", "no,,,bug,B"));
    write("annotator-C.csv", LABELS + row("zeta/nlp#7", "yes,RC,RC.DOWNLOAD,question,C"));
    write("annotator-D.csv", LABELS + row("zeta/nlp#7", "no,,,question,D"));
    write("gold.csv", "id,url,ptm,themes,subthemes,type,annotator,decision,note\n"
        + row("acme/vision#1", "yes,HR,HR.MEM,bug,gold,agreed") + row("acme/vision#2", "no,,,question,gold,adjudicated")
        + row("zeta/nlp#7", "yes,RC,RC.DOWNLOAD,question,gold,adjudicated"));
  }

  @Test
  void everyIssueKnowsItsRoundAndEachRoundItsOwnTwoAnnotators() {
    LabelledSet set = LabelledSet.in(dir);
    set.validate(TAXONOMY);

    assertThat(set.manifest()).extracting(LabelledSet.Entry::round).containsExactly(1, 1, 2);
    assertThat(set.manifest().get(2).part()).isEqualTo(LabelledSet.Part.HELD_OUT);
    assertThat(set.rounds()).containsExactly(new LabelledSet.Round(1, List.of("A", "B")),
        new LabelledSet.Round(2, List.of("C", "D")));
    assertThat(set.gold(TAXONOMY)).extracting(Annotation::issue).containsExactly(IssueId.parse("acme/vision#1"),
        IssueId.parse("acme/vision#2"), IssueId.parse("zeta/nlp#7"));
    assertThat(set.annotator("D", TAXONOMY)).singleElement().satisfies(a -> assertThat(a.isPtm()).isFalse());
    assertThat(set.decisions()).containsEntry(IssueId.parse("zeta/nlp#7"), "adjudicated");
  }

  @Test
  void anAnnotatorWhoLabelledAnIssueOfAnotherRoundOrMissedOneIsNamedWithTheFile() throws IOException {
    write("annotator-C.csv", LABELS + row("acme/vision#2", "no,,,bug,C"));

    assertThatThrownBy(() -> LabelledSet.in(dir).validate(TAXONOMY))
        .hasMessageContaining("annotator-C.csv: acme/vision#2 is not an issue of round 2 of manifest.csv")
        .hasMessageContaining("annotator-C.csv: 1 issue(s) of round 2 of manifest.csv are not labelled, e.g. zeta/nlp#7");
  }

  @Test
  void aRoundMissingFromTheRoundsFileAndAGoldFileThatLacksAnIssueAreRefused() throws IOException {
    write("rounds.csv", "round,annotators,note\n1,A;B,first\n");
    write("gold.csv", "id,url,ptm,themes,subthemes,type,annotator,decision,note\n"
        + row("acme/vision#1", "yes,HR,HR.MEM,bug,gold,agreed") + row("acme/vision#2", "no,,,question,gold,agreed"));

    assertThatThrownBy(() -> LabelledSet.in(dir).validate(TAXONOMY))
        .hasMessageContaining("manifest.csv: round 2 is not in rounds.csv")
        .hasMessageContaining("gold.csv: 1 issue(s) of manifest.csv are not labelled, e.g. zeta/nlp#7");
  }

  @Test
  void aManifestRowWithoutARoundIsRefusedWithItsLine() throws IOException {
    write("manifest.csv", """
        id,url,repository,number,stratum,part,round
        acme/vision#1,https://github.com/acme/vision/issues/1,acme/vision,1,P,tuning,
        """);

    assertThatThrownBy(() -> LabelledSet.in(dir).manifest()).hasMessageContaining("manifest.csv")
        .hasMessageContaining("line 2").hasMessageContaining("round");
  }

  @Test
  void theShippedSetsFilesFitTogetherRoundByRound() {
    LabelledSet shipped = LabelledSet.shipped();
    shipped.validate(TAXONOMY);

    assertThat(shipped.rounds()).allSatisfy(round -> assertThat(round.annotators()).hasSize(2));
    assertThat(shipped.manifest()).extracting(LabelledSet.Entry::round).contains(1);
  }

  @Test
  void theShippedPrescreenMatchesPtmWordsInsideTextAndNotOrdinaryIssues() {
    java.util.regex.Pattern prescreen = LabelledSet.shipped().prescreen();

    assertThat(prescreen.matcher("Loading the Pre-trained checkpoint fails").find()).isTrue();
    assertThat(prescreen.matcher("where can I download the model?").find()).isTrue();
    assertThat(prescreen.matcher("Footer links are broken on the docs site").find()).isFalse();
    assertThat(prescreen.matcher("the weightsum column is wrong").find()).as("only whole words").isFalse();
  }

  @Test
  void aPrescreenFileThatIsNotOneRegularExpressionNamesTheFile() throws IOException {
    write("prescreen.txt", "# comment\n(unclosed\n");
    assertThatThrownBy(() -> LabelledSet.in(dir).prescreen()).hasMessageContaining(dir + "/prescreen.txt")
        .hasMessageContaining("Unclosed group");

    write("prescreen.txt", "# comment\nfirst\nsecond\n");
    assertThatThrownBy(() -> LabelledSet.in(dir).prescreen()).hasMessageContaining("found 2 lines");
  }

  private static String row(String id, String labels) {
    return id + ",https://github.com/" + id.replace("#", "/issues/") + "," + labels + ",\n";
  }

  private void write(String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text);
  }
}

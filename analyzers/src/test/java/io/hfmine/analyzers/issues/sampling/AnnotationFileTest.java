package io.hfmine.analyzers.issues.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hfmine.analyzers.issues.Annotation;
import io.hfmine.analyzers.issues.IssueFixtures;
import io.hfmine.analyzers.issues.evaluation.GoldEvaluation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnotationFileTest {
  private static final String HEADER = "id,ptm,themes,subthemes,type,annotator,note\n";

  @TempDir
  Path dir;

  private Path csv(String rows) throws Exception {
    Path file = dir.resolve("labels.csv");
    Files.writeString(file, HEADER + rows);
    return file;
  }

  private static List<Annotation> read(Path file) {
    return AnnotationFile.read(file, IssueFixtures.taxonomy(), id -> true, AnnotationFile.AnnotatorColumn.forImport(null))
        .stream().map(AnnotationFile.Entry::annotation).toList();
  }

  @Test
  void aBlankThemesCellOnAPtmRowIsNotAnnotatedNeverNoTheme() throws Exception {
    Annotation annotation = read(csv("o/r#1,yes,,,bug,ann,\n")).get(0);

    assertThat(annotation.isPtm()).isTrue();
    assertThat(annotation.themesAnnotated()).isFalse();
    assertThat(annotation.subThemesAnnotated()).isFalse();
    assertThat(annotation.primaryTheme()).isNull();
  }

  @Test
  void aBlankPtmCellIsNotAnnotatedEvenWhenTheTypeIsGiven() throws Exception {
    Annotation annotation = read(csv("o/r#1,,,,question,ann,\n")).get(0);

    assertThat(annotation.ptmAnnotated()).isFalse();
    assertThat(annotation.type()).isEqualTo("question");
  }

  @Test
  void aThemeGivenWithABlankPtmCellMakesTheIssuePtmRelated() throws Exception {
    Annotation fromTheme = read(csv("o/r#1,,DI,,bug,ann,\n")).get(0);
    Annotation fromSubTheme = read(csv("o/r#2,,,SE.INCOMPAT,,ann,\n")).get(0);

    assertThat(fromTheme.ptmAnnotated()).isTrue();
    assertThat(fromTheme.isPtm()).isTrue();
    assertThat(fromTheme.primaryTheme()).isEqualTo("DI");
    assertThat(fromSubTheme.isPtm()).isTrue();
    assertThat(fromSubTheme.primaryTheme()).isEqualTo("SE");
  }

  @Test
  void anIssueThatIsNotPtmRelatedHasNoThemeByDefinition() throws Exception {
    Annotation annotation = read(csv("o/r#1,no,,,bug,ann,\n")).get(0);

    assertThat(annotation.themesAnnotated()).isTrue();
    assertThat(annotation.themeList()).isEmpty();
  }

  @Test
  void codesKeepTheAnnotatorsOrderPrimaryFirstAndSubThemesImplyTheirThemes() throws Exception {
    Annotation annotation = read(csv("o/r#1,yes,,SE.INCOMPAT;DI.DOC,bug,ann,\n")).get(0);

    assertThat(annotation.themeList()).containsExactly("SE", "DI");
    assertThat(annotation.primarySubTheme()).isEqualTo("SE.INCOMPAT");
  }

  @Test
  void aGoldFileOfSeveralAnnotatorsNeedsTheAnnotatorOptionItNames() throws Exception {
    Path file = csv("o/r#1,yes,,HR.MEM,bug,alice,\no/r#1,no,,,bug,bob,\n");

    assertThatThrownBy(() -> GoldEvaluation.readGold(IssueFixtures.taxonomy(), file, id -> true, null))
        .hasMessageContaining("rows of several annotators (alice, bob)").hasMessageContaining("--annotator NAME");
    assertThat(GoldEvaluation.readGold(IssueFixtures.taxonomy(), file, id -> true, "bob"))
        .singleElement().satisfies(a -> assertThat(a.isPtm()).isFalse());
    assertThatThrownBy(() -> GoldEvaluation.readGold(IssueFixtures.taxonomy(), file, id -> true, "carol"))
        .hasMessageContaining("no rows of annotator 'carol' (annotators in the file: alice, bob)");
  }

  @Test
  void rowsWithoutAnAnnotatorInAGoldFileAreGold() throws Exception {
    Path file = csv("o/r#1,yes,,HR.MEM,bug,,\n");

    assertThat(GoldEvaluation.readGold(IssueFixtures.taxonomy(), file, id -> true, null))
        .singleElement().satisfies(a -> assertThat(a.annotator()).isEqualTo("gold"));
  }
}

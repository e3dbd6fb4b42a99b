package io.hfmine.bench.accuracy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Verdicts given by reading the code, keyed by repository, path, line and id. */
class JudgementsTest {
  private static final String HEADER = "repository,path,line,model_id,verdict,note\n";

  @TempDir
  Path dir;

  @Test
  void correctAndWrongAreTheTwoVerdicts() throws IOException {
    Judgements judgements = read("# usages the reference could not confirm\n" + HEADER
        + "acme/app,app.py,3,acme/tiny-model,correct,a local subclass inherits from_pretrained\n"
        + "acme/app,app.py,9,tools/tiny,wrong,a local folder\n");
    assertThat(judgements.verdict("acme/app", "app.py", 3, "acme/tiny-model")).isTrue();
    assertThat(judgements.verdict("acme/app", "app.py", 9, "tools/tiny")).isFalse();
  }

  @Test
  void aUsageNobodyJudgedHasNoVerdict() throws IOException {
    Judgements judgements = read(HEADER + "acme/app,app.py,3,acme/tiny-model,correct,\n");
    assertThat(judgements.verdict("acme/app", "app.py", 4, "acme/tiny-model")).isNull();
    assertThat(judgements.verdict("acme/app", "other.py", 3, "acme/tiny-model")).isNull();
    assertThat(judgements.verdict("acme/other", "app.py", 3, "acme/tiny-model")).isNull();
    assertThat(judgements.verdict("acme/app", "app.py", 3, "acme/small-model")).isNull();
  }

  @Test
  void theIdMatchesWhateverItsCaseAndVerdictAndLineMayCarryBlanks() throws IOException {
    Judgements judgements = read(HEADER + "acme/app,app.py, 3 ,Acme/Tiny-Model, Correct ,\n");
    assertThat(judgements.verdict("acme/app", "app.py", 3, "ACME/tiny-model")).isTrue();
  }

  @Test
  void noFileMeansNoJudgements() throws IOException {
    assertThat(Judgements.read(dir.resolve("absent.csv")).verdict("acme/app", "app.py", 3, "acme/tiny-model")).isNull();
    assertThat(Judgements.read(null).verdict("acme/app", "app.py", 3, "acme/tiny-model")).isNull();
  }

  @Test
  void anyOtherVerdictIsAnErrorNamingTheFileAndItsLine() throws IOException {
    Path file = dir.resolve("judgements.csv");
    Files.writeString(file, "# a comment\n" + HEADER + "acme/app,app.py,3,acme/tiny-model,correct,\n"
        + "# another comment\n" + "acme/app,app.py,4,acme/tiny-model,maybe,\n");
    // The fifth line of the file, though only the second record.
    assertThatThrownBy(() -> Judgements.read(file)).isInstanceOf(IOException.class)
        .hasMessage(file + " line 5: verdict must be correct or wrong, not 'maybe'");
  }

  private Judgements read(String text) throws IOException {
    Path file = dir.resolve("judgements.csv");
    Files.writeString(file, text);
    return Judgements.read(file);
  }
}

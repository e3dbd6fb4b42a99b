package io.hfmine.bench.accuracy;

import static io.hfmine.bench.accuracy.Fixtures.call;
import static io.hfmine.bench.accuracy.Fixtures.parsed;
import static io.hfmine.bench.accuracy.Fixtures.usage;
import static io.hfmine.bench.accuracy.Fixtures.usagesLine;
import static org.assertj.core.api.Assertions.assertThat;

import io.hfmine.analyzers.usage.UsageRecord;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When a usage hfmine gave a Hub id counts as right for precision. */
class UsageConfirmationTest {
  private static final UsageRecord PIPELINE = usage("transformers.pipeline", 3, "acme/tiny-model", "acme/tiny-model");

  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  private UsageConfirmation confirmation = withJudgements(Judgements.read(null));

  UsageConfirmationTest() throws IOException {
  }

  private UsageConfirmation withJudgements(Judgements judgements) {
    return new UsageConfirmation(judgements, Fixtures.canonicalizer(),
        new PrintStream(printed, true, StandardCharsets.UTF_8));
  }

  @Test
  void aStringEqualToTheLiteralReachingACallOfTheSameLibraryOnTheSameLineConfirms() {
    assertThat(confirmation.confirmedByReference(PIPELINE,
        parsed(call(3, "transformers.pipeline", "sentiment-analysis", "acme/tiny-model")))).isTrue();
    // Another callee of the same library on that line is the same call as far as the line goes.
    assertThat(confirmation.confirmedByReference(PIPELINE,
        parsed(call(3, "transformers.AutoModel.from_pretrained", "acme/tiny-model")))).isTrue();
  }

  @Test
  void theComparisonIgnoresCaseAndSurroundingBlanks() {
    assertThat(confirmation.confirmedByReference(PIPELINE,
        parsed(call(3, "transformers.pipeline", " Acme/Tiny-Model ")))).isTrue();
  }

  @Test
  void anHfHubPrefixIsNoPartOfTheIdAsWritten() {
    // hfmine strips the prefix from the literal; the reference reports the string as written.
    UsageRecord timm = usage("timm.create_model", 5, "acme/tiny-vit", "acme/tiny-vit");
    assertThat(confirmation.confirmedByReference(timm, parsed(call(5, "timm.create_model", "hf-hub:acme/tiny-vit"))))
        .isTrue();
    assertThat(confirmation.confirmedByReference(timm, parsed(call(5, "timm.create_model", "hf_hub:acme/tiny-vit"))))
        .isTrue();
  }

  @Test
  void aCallOfAnotherLibraryOnTheSameLineDoesNotConfirm() {
    assertThat(confirmation.confirmedByReference(PIPELINE,
        parsed(call(3, "diffusers.DiffusionPipeline.from_pretrained", "acme/tiny-model")))).isFalse();
  }

  @Test
  void theSameCallOnAnotherLineDoesNotConfirm() {
    assertThat(confirmation.confirmedByReference(PIPELINE,
        parsed(call(4, "transformers.pipeline", "acme/tiny-model")))).isFalse();
  }

  @Test
  void anotherStringReachingTheCallDoesNotConfirm() {
    assertThat(confirmation.confirmedByReference(PIPELINE,
        parsed(call(3, "transformers.pipeline", "acme/tiny-model-v2", "models/acme/tiny-model")))).isFalse();
  }

  @Test
  void nothingConfirmsWithoutAParsedReference() {
    ReferenceOracle.Analysis unparsed = new ReferenceOracle.Analysis(false, false,
        List.of(call(3, "transformers.pipeline", "acme/tiny-model")), List.of());
    assertThat(confirmation.confirmedByReference(PIPELINE, unparsed)).isFalse();
    assertThat(confirmation.confirmedByReference(PIPELINE, null)).isFalse();
  }

  @Test
  void anOpenClipArchitectureIsConfirmedWhenATagTheTablePairsWithItReachesTheCall() {
    UsageRecord clip = usage("open_clip.create_model_and_transforms", 7, "Tiny-ViT-1", "acme/clip-tiny-vit-1-acme-2024");
    assertThat(confirmation.confirmedByReference(clip,
        parsed(call(7, "open_clip.create_model_and_transforms", "Tiny-ViT-1", "acme_2024")))).isTrue();
    // open_clip reads its tags in lower case with '-' as '_', and so does the table.
    assertThat(confirmation.confirmedByReference(clip,
        parsed(call(7, "open_clip.create_model_and_transforms", "Tiny-ViT-1", "ACME-2024")))).isTrue();
  }

  @Test
  void anOpenClipArchitectureIsNotConfirmedWhenOnlyAWrongTagOrNoTagReachesTheCall() {
    UsageRecord clip = usage("open_clip.create_model_and_transforms", 7, "Tiny-ViT-1", "acme/clip-tiny-vit-1-acme-2024");
    // beta_2023 is a tag of another architecture: with Tiny-ViT-1 it names no repository.
    assertThat(confirmation.confirmedByReference(clip,
        parsed(call(7, "open_clip.create_model_and_transforms", "Tiny-ViT-1", "beta_2023")))).isFalse();
    assertThat(confirmation.confirmedByReference(clip,
        parsed(call(7, "open_clip.create_model_and_transforms", "Tiny-ViT-1", "weights/tiny.pt")))).isFalse();
    assertThat(confirmation.confirmedByReference(clip,
        parsed(call(7, "open_clip.create_model_and_transforms", "Tiny-ViT-1")))).isFalse();
  }

  @Test
  void anOpenClipUsageWrittenAsItsHubRepositoryNeedsNoTag() {
    UsageRecord clip = usage("open_clip.create_model", 9, "acme/clip-tiny", "acme/clip-tiny");
    assertThat(confirmation.confirmedByReference(clip,
        parsed(call(9, "open_clip.create_model", "hf-hub:acme/clip-tiny")))).isTrue();
  }

  @Test
  void aUsageTheReferenceConfirmsCountsAsConfirmedByTheReference() {
    Tally tally = new Tally();
    confirmation.score("acme/app", "app.py", PIPELINE, parsed(call(3, "transformers.pipeline", "acme/tiny-model")),
        tally, true);
    assertThat(usagesLine(tally)).contains("usages with a Hub id in these files: 1; confirmed by the reference 1,"
        + " correct by reading 0, wrong by reading 0, not judged 0");
    assertThat(printed.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void aUsageNothingConfirmsIsNotJudgedAndListedAsDoubtfulOnlyWhenAsked() {
    Tally tally = new Tally();
    confirmation.score("acme/app", "app.py", PIPELINE, parsed(), tally, false);
    assertThat(printed.toString(StandardCharsets.UTF_8)).isEmpty();
    confirmation.score("acme/app", "app.py", PIPELINE, parsed(), tally, true);
    assertThat(usagesLine(tally)).contains("not judged 2");
    assertThat(printed.toString(StandardCharsets.UTF_8))
        .isEqualTo("DOUBTFUL acme/app,app.py,3,acme/tiny-model   (transformers.pipeline literal literal 'acme/tiny-model')"
            + System.lineSeparator());
  }

  @Test
  void aJudgementConfirmsWhatTheReferenceCannot(@TempDir Path dir) throws IOException {
    confirmation = withJudgements(judgements(dir, "acme/app,app.py,3,ACME/Tiny-Model,correct,a local subclass"));
    Tally tally = new Tally();
    confirmation.score("acme/app", "app.py", PIPELINE, parsed(), tally, true);
    assertThat(usagesLine(tally)).contains("confirmed by the reference 0, correct by reading 1, wrong by reading 0,"
        + " not judged 0");
    assertThat(printed.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void aJudgementRefusesWhatTheReferenceConfirms(@TempDir Path dir) throws IOException {
    // The reference sees a string reach the call, not whether it names a local folder.
    confirmation = withJudgements(judgements(dir, "acme/app,app.py,3,acme/tiny-model,wrong,a local folder"));
    Tally tally = new Tally();
    confirmation.score("acme/app", "app.py", PIPELINE, parsed(call(3, "transformers.pipeline", "acme/tiny-model")),
        tally, true);
    assertThat(usagesLine(tally)).contains("confirmed by the reference 0, correct by reading 0, wrong by reading 1,"
        + " not judged 0");
    assertThat(Fixtures.printed(tally)).contains("PRECISION 0.000");
  }

  @Test
  void aJudgementOfAnotherLineOrFileLeavesTheUsageToTheReference(@TempDir Path dir) throws IOException {
    confirmation = withJudgements(judgements(dir, "acme/app,app.py,4,acme/tiny-model,correct,",
        "acme/app,other.py,3,acme/tiny-model,correct,"));
    Tally tally = new Tally();
    confirmation.score("acme/app", "app.py", PIPELINE, parsed(), tally, false);
    assertThat(usagesLine(tally)).contains("not judged 1");
  }

  private static Judgements judgements(Path dir, String... rows) throws IOException {
    Path file = dir.resolve("judgements.csv");
    Files.writeString(file, "repository,path,line,model_id,verdict,note\n" + String.join("\n", rows) + "\n");
    return Judgements.read(file);
  }
}

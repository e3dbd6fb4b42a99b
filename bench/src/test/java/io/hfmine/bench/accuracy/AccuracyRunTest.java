package io.hfmine.bench.accuracy;

import static io.hfmine.bench.accuracy.Fixtures.call;
import static io.hfmine.bench.accuracy.Fixtures.parsed;
import static io.hfmine.bench.accuracy.Fixtures.printed;
import static io.hfmine.bench.accuracy.Fixtures.usage;
import static org.assertj.core.api.Assertions.assertThat;

import io.hfmine.analyzers.usage.Resolution;
import io.hfmine.analyzers.usage.UsageRecord;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** How one PeaTMOSS (file, id) pair is counted: found, missed (and why), or not counted (and why). */
class AccuracyRunTest {
  private static final PeatmossPairs.Pair PIPELINE =
      new PeatmossPairs.Pair("transformers_pipeline", "acme/app", "app.py", "acme/tiny-model");
  private static final PeatmossPairs.Pair TIMM =
      new PeatmossPairs.Pair("timm_create_model", "acme/app", "app.py", "timm/tinynet_a.acme_in1k");
  private static final String PIPELINE_TEXT = "from transformers import pipeline\nnlp = pipeline('acme/tiny-model')\n";
  private static final String TIMM_TEXT = "import timm\nm = timm.create_model('tinynet_a', pretrained=True)\n";

  private final ByteArrayOutputStream listed = new ByteArrayOutputStream();
  private final AccuracyRun run = new AccuracyRun(
      new AccuracyRun.Options(null, null, null, null, null, true, false, false, false, false),
      new PrintStream(listed, true, StandardCharsets.UTF_8), Fixtures.canonicalizer());
  private final Tally tally = new Tally();

  private static AccuracyRun.Scanned file(String text, UsageRecord... usages) {
    return new AccuracyRun.Scanned("acme/app", "app.py", Path.of("/corpus/acme__app/app.py"), text.toLowerCase(Locale.ROOT),
        List.of(usages));
  }

  private static ReferenceOracle.Call timmCall(String pretrained, String... values) {
    return new ReferenceOracle.Call(2, "timm.create_model", List.of(values), pretrained);
  }

  private String notCounted() {
    return printed(tally).lines().filter(l -> l.contains("not counted:")).findFirst().orElseThrow().strip();
  }

  @Test
  void aFileNoLongerInTheCheckoutIsNotCounted() {
    run.scorePair(PIPELINE, null, null, tally, true);
    assertThat(notCounted()).isEqualTo("not counted: file gone 1");
  }

  @Test
  void aFileThatNoLongerHoldsAnySpellingOfTheIdIsNotCounted() {
    run.scorePair(PIPELINE, file("nlp = pipeline('acme/small-model')\n"), parsed(), tally, true);
    assertThat(notCounted()).isEqualTo("not counted: id no longer in the file 1");
  }

  @Test
  void aUsageWithTheIdIsFoundWhateverTheReferenceSays() {
    run.scorePair(PIPELINE, file(PIPELINE_TEXT, usage("transformers.pipeline", 2, "acme/tiny-model", "Acme/Tiny-Model")),
        null, tally, true);
    assertThat(printed(tally)).contains("found 1 (0 of them conditional loads), missed 0");
  }

  @Test
  void aUsageOfALegacySpellingFindsTheMovedId() {
    run.scorePair(PIPELINE, file("pipeline('tiny-model')", usage("transformers.pipeline", 1, "tiny-model", "tiny-model")),
        null, tally, true);
    assertThat(printed(tally)).contains("found 1 (0 of them conditional loads)");
  }

  @Test
  void aConditionalLoadIsFoundAndShown() {
    run.scorePair(PIPELINE, file(PIPELINE_TEXT, usage("transformers.pipeline", 2, "acme/tiny-model", "acme/tiny-model",
        Resolution.LITERAL, "small")), null, tally, true);
    assertThat(printed(tally)).contains("found 1 (1 of them conditional loads)");
  }

  @Test
  void aTimmIdIsFoundByTheSameArchitectureUnderAnotherDefaultTag() {
    // The default tag of an architecture changed between PeaTMOSS's timm and hfmine's table.
    run.scorePair(TIMM, file(TIMM_TEXT, usage("timm.create_model", 2, "tinynet_a", "timm/tinynet_a.newer_in1k")),
        null, tally, true);
    assertThat(printed(tally)).contains("found 1");
  }

  @Test
  void withoutTheReferenceAnIdHfmineDidNotFindIsUndecided() {
    run.scorePair(PIPELINE, file(PIPELINE_TEXT), null, tally, true);
    assertThat(notCounted()).isEqualTo("not counted: not decidable without the reference (python3 missing) 1");
  }

  @Test
  void aFileCPythonCannotParseIsNotCounted() {
    run.scorePair(PIPELINE, file(PIPELINE_TEXT), new ReferenceOracle.Analysis(false, false, List.of(), List.of()),
        tally, true);
    assertThat(notCounted()).isEqualTo("not counted: CPython cannot parse the file (Python 2) 1");
  }

  @Test
  void anIdReachingACallOfAHubLibraryThatHfmineDidNotFindIsMissedAndListed() {
    run.scorePair(PIPELINE, file(PIPELINE_TEXT), parsed(call(2, "transformers.pipeline", "acme/tiny-model")), tally,
        true);
    assertThat(printed(tally)).contains("missed 1").contains("RECALL 0.000")
        .contains("1  call not matched (transformers.pipeline)");
    assertThat(listed.toString(StandardCharsets.UTF_8)).isEqualTo(
        "MISS acme/app app.py:2 acme/tiny-model [call not matched (transformers.pipeline)] callee transformers.pipeline"
            + System.lineSeparator());
  }

  @Test
  void aMissIsListedOnlyWhenAsked() {
    run.scorePair(PIPELINE, file(PIPELINE_TEXT), parsed(call(2, "transformers.pipeline", "acme/tiny-model")), tally,
        false);
    assertThat(printed(tally)).contains("missed 1");
    assertThat(listed.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void aMissIsClassedByWhatHfmineRecordedOnTheLine() {
    ReferenceOracle.Analysis reaching = parsed(call(2, "transformers.pipeline", "acme/tiny-model"));
    run.scorePair(PIPELINE, file(PIPELINE_TEXT, usage("transformers.pipeline", 2, "name", null, Resolution.UNKNOWN,
        null)), reaching, tally, false);
    run.scorePair(PIPELINE, file(PIPELINE_TEXT, usage("transformers.pipeline", 2, "acme/tiny-{size}", null,
        Resolution.PATTERN, null)), reaching, tally, false);
    run.scorePair(PIPELINE, file(PIPELINE_TEXT, usage("transformers.pipeline", 2, "./local", null)), reaching, tally,
        false);
    run.scorePair(PIPELINE, file(PIPELINE_TEXT, usage("transformers.pipeline", 2, "acme/small-model",
        "acme/small-model")), reaching, tally, false);
    assertThat(printed(tally)).contains("missed 4")
        .contains("1  argument not resolved")
        .contains("1  resolved only to a pattern")
        .contains("1  no Hub id for the name (transformers)")
        .contains("1  resolved to another id");
  }

  @Test
  void aTimmArchitectureCreatedWithoutPretrainedWeightsLoadsNothingFromTheHub() {
    run.scorePair(TIMM, file(TIMM_TEXT), parsed(timmCall("absent", "tinynet_a")), tally, true);
    run.scorePair(TIMM, file(TIMM_TEXT), parsed(timmCall("false", "tinynet_a")), tally, true);
    assertThat(notCounted())
        .isEqualTo("not counted: timm architecture created without pretrained weights (no Hub load) 2");
    assertThat(listed.toString(StandardCharsets.UTF_8)).startsWith("NOT-KNOWABLE acme/app app.py timm/tinynet_a.acme_in1k"
        + " [timm architecture created without pretrained weights (no Hub load)]");
  }

  @Test
  void aTimmArchitectureWhosePretrainedFlagMayBeTrueOrThatNamesTheHubIsKnowable() {
    run.scorePair(TIMM, file(TIMM_TEXT), parsed(timmCall("true", "tinynet_a")), tally, false);
    run.scorePair(TIMM, file(TIMM_TEXT), parsed(timmCall("unknown", "tinynet_a")), tally, false);
    run.scorePair(TIMM, file(TIMM_TEXT), parsed(timmCall("false", "hf-hub:timm/tinynet_a.acme_in1k")), tally, false);
    assertThat(printed(tally)).contains("missed 3");
  }

  @Test
  void anIdReachingOnlyCallsOfOtherLibrariesIsInAStringThatReachesNoLoader() {
    ReferenceOracle.Analysis analysis = new ReferenceOracle.Analysis(true, false,
        List.of(call(2, "os.path.join", "acme/tiny-model")), List.of("acme/tiny-model"));
    run.scorePair(PIPELINE, file(PIPELINE_TEXT), analysis, tally, true);
    assertThat(notCounted()).isEqualTo("not counted: in a string that reaches no loader 1");
  }

  @Test
  void anIdOnlyInCommentsOrLongerStringsIsNotKnowable() {
    ReferenceOracle.Analysis analysis = new ReferenceOracle.Analysis(true, false, List.of(),
        List.of("see acme/tiny-model on the Hub"));
    run.scorePair(PIPELINE, file("# uses acme/tiny-model\n"), analysis, tally, true);
    assertThat(notCounted()).isEqualTo("not counted: only in comments, docstrings or longer strings 1");
  }

  @Test
  void anIdNoCallReachesInAFileParsedInPartMayBeInTheUnparsedPart() {
    ReferenceOracle.Analysis analysis = new ReferenceOracle.Analysis(true, true, List.of(), List.of("acme/tiny-model"));
    run.scorePair(PIPELINE, file(PIPELINE_TEXT), analysis, tally, true);
    assertThat(notCounted()).isEqualTo("not counted: CPython cannot parse part of the file 1");
  }
}

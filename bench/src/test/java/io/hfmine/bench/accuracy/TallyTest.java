package io.hfmine.bench.accuracy;

import static io.hfmine.bench.accuracy.Fixtures.printed;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The figures one split prints: what was not counted, recall over knowable ids, precision over usages. */
class TallyTest {

  @Test
  void recallIsFoundOverFoundAndMissed() {
    Tally tally = new Tally();
    tally.found("acme/app", "transformers_pipeline", false);
    tally.found("acme/app", "transformers_pipeline", true);
    tally.found("acme/lib", "spacy_load", false);
    tally.missed("acme/app", "transformers_pipeline", "argument not resolved");
    assertThat(printed(tally))
        .contains("statically knowable: 4; found 3 (1 of them conditional loads), missed 1")
        .contains("RECALL 0.750")
        .contains("recall by PeaTMOSS API: spacy_load 1.000 (1/1), transformers_pipeline 0.667 (2/3)")
        .contains("repositories with knowable ids: 2, every one found in 1; the largest holds 3 of the ids")
        .contains("misses by class:\n       1  argument not resolved".replace("\n", System.lineSeparator()));
  }

  @Test
  void pairsNotCountedAreListedByReasonAndLeaveRecallAlone() {
    Tally tally = new Tally();
    tally.excluded("id no longer in the file");
    tally.excluded("file gone");
    tally.excluded("file gone");
    assertThat(printed(tally))
        .contains("not counted: file gone 2; id no longer in the file 1")
        .contains("RECALL n/a")
        .doesNotContain("misses by class");
  }

  @Test
  void anEmptyTallyPrintsNoneAndNotApplicable() {
    assertThat(printed(new Tally()))
        .contains("not counted: none")
        .contains("recall by PeaTMOSS API: -")
        .contains("PRECISION n/a")
        .contains("precision by library: -");
  }

  @Test
  void precisionCountsTheReferencesAndTheReadingsConfirmationsAndHoldsUnjudgedUsagesWrong() {
    Tally tally = new Tally();
    tally.usage("transformers", "literal", true, Boolean.TRUE);
    tally.usage("transformers", "constant", false, Boolean.TRUE);
    tally.usage("timm", "literal", false, Boolean.FALSE);
    tally.usage("timm", "argparse", false, null);
    assertThat(printed(tally))
        .contains("usages with a Hub id in these files: 4; confirmed by the reference 1, correct by reading 1,"
            + " wrong by reading 1, not judged 1")
        .contains("PRECISION 0.500")
        .contains("precision by library: timm 0.000 (0/2), transformers 1.000 (2/2)")
        .contains("precision by resolution: argparse 0.000 (0/1), constant 1.000 (1/1), literal 0.500 (1/2)");
  }

  @Test
  void theHeadlineNamesTheSplitAndItsCounts() {
    Tally tally = new Tally();
    tally.repositories = 2;
    tally.files = 5;
    tally.present = 4;
    tally.pairs = 7;
    assertThat(printed(tally)).startsWith(
        "== tuning: 2 repositories, 5 files named by PeaTMOSS (4 still there), 7 (file, id) pairs");
  }

  @Test
  void theOtherFilesPrintPrecisionAlone() {
    Tally tally = new Tally();
    tally.present = 1;
    tally.usage("diffusers", "literal", true, Boolean.TRUE);
    tally.usage("diffusers", "literal", false, null);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    tally.printOtherFiles("held-out", 12, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .startsWith("== held-out, every other .py file of its repositories: 12 files, 1 with a usage that has a Hub id")
        .contains("PRECISION 0.500")
        .contains("precision by library: diffusers 0.500 (1/2)")
        .doesNotContain("RECALL");
  }
}

package io.hfmine.analyzers.setasks.match;

import static io.hfmine.analyzers.setasks.match.Matching.card;
import static io.hfmine.analyzers.setasks.match.Matching.excluded;
import static io.hfmine.analyzers.setasks.match.Matching.kept;
import static org.assertj.core.api.Assertions.assertThat;

import io.hfmine.analyzers.setasks.lemma.EnglishLemmatizer;
import io.hfmine.analyzers.setasks.taxonomy.SeTaxonomy;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every exclusion rule of the shipped taxonomy, each on text written for it, and the match it must leave alone. */
class ExclusionRulesTest {
  private static ItemClassifier classifier;

  @BeforeAll
  static void shippedTaxonomy() {
    classifier = Matching.classifier(Matching.shipped(), false);
  }

  private static List<TaskMatch> on(String text, String... tags) {
    return classifier.classify(card(text, tags));
  }

  private static List<String> excludedOf(String task, String text, String... tags) {
    return excluded(on(text, tags)).stream().filter(m -> m.startsWith(task + ":")).toList();
  }

  private static List<String> keptOf(String task, String text, String... tags) {
    return kept(on(text, tags)).stream().filter(m -> m.startsWith(task + ":")).toList();
  }

  @Test
  void debugAfterADotHyphenUnderscoreSlashOrAngleBracketIsAnIdentifier() {
    assertThat(excludedOf("debugging", "Call logger.debug to trace it. Run with --debug. See /debug and <debug>."))
        .containsExactly("debugging:debug:debug-after-separator", "debugging:debug:debug-after-separator",
            "debugging:debug:debug-after-separator", "debugging:debug:debug-after-separator");
    assertThat(excludedOf("debugging", "We debug C programs.")).isEmpty();
  }

  @Test
  void debugBeforeAHyphenUnderscoreSlashColonOrAngleBracketIsAKey() {
    assertThat(excludedOf("debugging", "Set debug_mode first. Then debug: true and debug-level 2."))
        .containsExactly("debugging:debug:debug-before-separator", "debugging:debug:debug-before-separator",
            "debugging:debug:debug-before-separator");
  }

  @Test
  void debugNextToAQuoteIsAString() {
    assertThat(excludedOf("debugging", "Pass \"debug\" as the level, or 'debug' or `debug`."))
        .hasSize(3).allMatch(m -> m.endsWith(":debug-next-to-quote"));
  }

  @Test
  void debugNoneInTheMetadataIsAConfigurationValue() {
    String text = "---\nlicense: mit\ndebug: None\n---\nA text classifier.\n";
    assertThat(excludedOf("debugging", text)).containsExactly("debugging:debug:debug-none-metadata");
  }

  @Test
  void debuggingAsATaskIsKept() {
    assertThat(keptOf("debugging", "This model helps developers with debugging Python programs."))
        .containsExactly("debugging:debugging");
  }

  @Test
  void logFollowedByALetterOrBetweenAPeriodAndALetterIsNeverAMatch() {
    // The two paper rules for log inside longer words: whole-word matching already keeps these out.
    assertThat(on("Use the login page, the logits, the logo, logistic regression and self.logger.")).isEmpty();
  }

  @Test
  void logAfterADotHyphenUnderscoreSlashOrParenthesisIsAFileOrAFunction() {
    assertThat(excludedOf("logging", "Metrics go to train.log each epoch. We apply np.log to scores (log of counts)."))
        .containsExactly("logging:log:log-after-separator", "logging:log:log-after-separator",
            "logging:log:log-after-separator");
  }

  @Test
  void logBeforeAHyphenUnderscoreSlashColonOrParenthesisIsAnIdentifier() {
    assertThat(excludedOf("logging", "Apply log_softmax to the output. Set log: true. Call log(x)."))
        .containsExactly("logging:log:log-before-separator", "logging:log:log-before-separator",
            "logging:log:log-before-separator");
  }

  @Test
  void importLoggingIsTheModelsOwnCode() {
    assertThat(excludedOf("logging", "```python\nimport logging\n```"))
        .containsExactly("logging:logging:import-logging");
  }

  @Test
  void noLogIsNotLogging() {
    assertThat(excludedOf("logging", "No log is kept by the service.")).containsExactly("logging:log:no-log");
  }

  @Test
  void trainingAndTestLogsAreTheModelsOwnLogs() {
    assertThat(excludedOf("logging", "The training logs are attached. The test log is below."))
        .containsExactly("logging:logs:training-or-test-log", "logging:log:training-or-test-log");
  }

  @Test
  void somethingLoggedWasRecordedNotWrittenAsLogStatements() {
    assertThat(excludedOf("logging", "Each run is logged and versioned; the metrics were logged every step."))
        .containsExactly("logging:logged:log-past-form", "logging:logged:log-past-form");
    assertThat(keptOf("logging", "The model writes log statements for Java methods.")).isNotEmpty();
  }

  @Test
  void logBeforeMelLikelihoodOrProbabilityIsTheLogarithm() {
    assertThat(excludedOf("logging", "Inputs are log mel features. The loss is the log likelihood of the log probability."))
        .containsExactly("logging:log:logarithm", "logging:log:logarithm", "logging:log:logarithm");
  }

  @Test
  void logsAreFilesTheAuthorsShare() {
    assertThat(excludedOf("logging", "Our checkpoints and logs are in the release."))
        .containsExactly("logging:logs:log-files");
  }

  @Test
  void aTaskNameInsideAnAddressIsNotProse() {
    String text = "Query it at https://api-inference.example.org/models/x or see www.example.org/code-summarization-demo.";
    assertThat(excludedOf("api-inference", text)).containsExactly("api-inference:api-inference:inside-a-url");
    assertThat(excludedOf("code-summarization", text)).containsExactly("code-summarization:code-summarization:inside-a-url");
    assertThat(keptOf("code-summarization", "It does code summarization for Go.")).isNotEmpty();
  }

  @Test
  void loggingAsATaskIsKept() {
    assertThat(keptOf("logging", "It suggests where to add logging in Java methods.")).containsExactly(
        "logging:logging");
  }

  @Test
  void codingCountsOnlyForItemsTaggedCode() {
    String text = "A model for coding interviews.";
    assertThat(excludedOf("coding", text)).containsExactly("coding:coding:coding-without-code-tag");
    assertThat(keptOf("coding", text, "code")).containsExactly("coding:coding");
  }

  @Test
  void speakerOrFaceVerificationIsNotSoftwareVerification() {
    assertThat(excludedOf("verification", "Built for speaker verification and face verification."))
        .containsExactly("verification:verification:non-software-verification",
            "verification:verification:non-software-verification");
    assertThat(keptOf("verification", "It helps with formal verification of C programs."))
        .contains("verification:formal verification");
  }

  @Test
  void verificationCountsOnlyWhereTheItemNamesSoftwareAProgramOrAProof() {
    assertThat(excludedOf("verification", "Use it without any verification of its answers."))
        .containsExactly("verification:verification:verification-without-software");
    assertThat(keptOf("verification", "Suggests loop invariants. The verification step then checks them."))
        .containsExactly("verification:verification");
  }

  @Test
  void softwareDesignedToDescribesTheModelNotADesignTask() {
    assertThat(excludedOf("software-design", "This is software designed to summarise news."))
        .containsExactly("software-design:software designed:model-designed-to");
    assertThat(keptOf("software-design", "Trained on software design documents.")).isNotEmpty();
  }

  @Test
  void useCaseInARiskSectionIsNotRequirementsEngineering() {
    String text = "## Risks and limitations\n\nOne harmful use case is spam.\n\n## Examples\n\nDraw a use case diagram.";
    assertThat(excludedOf("use-case-modeling", text)).containsExactly("use-case-modeling:use case:use-case-in-risk-section");
    assertThat(keptOf("use-case-modeling", text)).containsExactlyInAnyOrder("use-case-modeling:use case diagram",
        "use-case-modeling:use case");
  }

  @Test
  void sentimentClassificationCountsOnlyWhereTheItemNamesASoftwareText() {
    String reviews = "A sentiment classification model for restaurant reviews and short posts.";
    assertThat(excludedOf("sentiment-analysis", reviews))
        .containsExactly("sentiment-analysis:sentiment classification:sentiment-of-non-software-text");
    String commits = "It does sentiment classification of commit messages and code review comments.";
    assertThat(keptOf("sentiment-analysis", commits)).containsExactly("sentiment-analysis:sentiment classification");
    // The software text may be named anywhere in the card, not only in the matched sentence.
    String elsewhere = "## Model\n\nA sentiment classification model.\n\n## Data\n\nPosts from Stack Overflow.\n";
    assertThat(keptOf("sentiment-analysis", elsewhere)).containsExactly("sentiment-analysis:sentiment classification");
    // A card that names only its developers (the usual template) is not about developers' texts.
    String template = "A sentiment classification model. Developed by: the model developers.";
    assertThat(excludedOf("sentiment-analysis", template)).hasSize(1);
  }

  @Test
  void aBareUseCaseCountsOnlyWhereTheItemSpeaksOfRequirements() {
    assertThat(excludedOf("use-case-modeling", "Fine-tune it for your use case. Example use cases: search."))
        .containsExactly("use-case-modeling:use case:use-case-without-requirements",
            "use-case-modeling:use cases:use-case-without-requirements");
    assertThat(keptOf("use-case-modeling", "It drafts a use case from software requirements documents."))
        .containsExactly("use-case-modeling:use case");
    assertThat(keptOf("use-case-modeling", "It draws a use case diagram.")).isNotEmpty();
  }

  @Test
  void surfaceOrSteelDefectDetectionIsVisualInspection() {
    assertThat(excludedOf("defect-detection", "It performs surface defect detection on steel sheets."))
        .containsExactly("defect-detection:defect detection:visual-defect-detection");
    assertThat(keptOf("defect-detection", "It performs software defect detection.")).isNotEmpty();
  }

  @Test
  void ruleOriginsChooseWhichRulesApply() {
    SeTaxonomy taxonomy = Matching.shipped();
    EnglishLemmatizer lemmatizer = EnglishLemmatizer.shared();
    ItemClassifier paperOnly = new ItemClassifier(TermIndex.build(taxonomy, lemmatizer),
        new ExclusionRules(taxonomy, Set.of("paper")), lemmatizer, false, 1000);
    List<TaskMatch> matches = paperOnly.classify(card("Built for speaker verification. Call logger.debug."));
    assertThat(kept(matches)).contains("verification:verification");
    assertThat(excluded(matches)).containsExactly("debugging:debug:debug-after-separator");
  }
}

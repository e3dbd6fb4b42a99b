package io.hfmine.analyzers.setasks.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The fast matcher tags only where the tag decides; tagging and lemmatising every sentence must
 * give exactly the same matches and exclusions. Checked on cards built from fragments that stress
 * the difference: inflected and ambiguous words (testing, logs, designed, coding, data), rule
 * contexts that depend on neighbouring lemmas, tables, code, headings, lists and numbers.
 */
class FastMatchingEqualsExhaustiveTest {
  private static final String[] FRAGMENTS = {
      "This model performs code generation for Python and Java.",
      "We evaluate it with unit tests and regression testing on the held-out set.",
      "The training logs are attached; test logs follow.",
      "Metrics go to train.log each epoch, and logger.debug prints the loss.",
      "```python\nimport logging\nlogging.basicConfig(level=logging.DEBUG)\n```",
      "It is software designed to summarise news articles.",
      "Designed for software design reviews and UML class diagrams.",
      "A coding assistant that writes code and explains code.",
      "It was tested for speaker verification and formal verification.",
      "| task | score |\n|---|---|\n| code completion | 45.1 |\n| program repair | 12.0 |",
      "## Risks and limitations\n\nOne use case is spam; another use case is phishing.",
      "Debugging, debugged and debugs: the model debugs C programs.",
      "Fine-tuned on bug fixing commits (bug-fix pairs) for automated program repair.",
      "Data analysis and data were analysed; the datum is small.",
      "Log parsing of system logs, log-anomaly detection and logging statements.",
      "Testing: tests, tested, testing. Test generation generates tests.",
      "We release 3 checkpoints: v1.2, v2.0-beta and 1e-4 learning rates.",
      "Requirements classification of user stories into functional requirements.",
      "It performs surface defect detection, not software defect detection.",
      "Vulnerability detection and vulnerability repair in smart contracts written in Solidity.",
      "- item one: code\n- generation of text\n- commit message generation",
      "The fuzzing harness fuzzes parsers; fuzz testing found crashes.",
      "Refactoring, refactored and refactors: code refactoring at scale.",
      "No log is kept. Import logging yourself. The log: true setting.",
      "Set debug_mode, pass \"debug\" or run with --debug; debug: None.",
      "It wrote unit tests, has written TEST CASES and ran Code-Generation benchmarks; it writes code.",
      "Bug-Fixing, BUG FIXES and fixed bugs; the programmers were programming and reviewed reviews.",
      "Generated code, generating code, code generations, Summarised code, summarizes codes.",
  };

  @Test
  void fastMatchingFindsExactlyWhatTaggingEverySentenceFinds() {
    ItemClassifier fast = Matching.classifier(Matching.shipped(), false);
    ItemClassifier exhaustive = Matching.classifier(Matching.shipped(), true);
    Random random = new Random(20250324);
    int compared = 0;
    long matches = 0;
    for (int card = 0; card < 150; card++) {
      StringBuilder text = new StringBuilder();
      if (random.nextBoolean()) {
        text.append("---\nlicense: mit\ntags:\n- code\n- ").append(random.nextBoolean() ? "text-generation" : "debug")
            .append("\ndebug: None\n---\n");
      }
      int parts = 2 + random.nextInt(6);
      for (int p = 0; p < parts; p++) {
        text.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]).append(random.nextInt(3) == 0 ? "\n\n" : " ");
      }
      List<ItemText.PaperAbstract> abstracts = new ArrayList<>();
      if (random.nextInt(4) == 0) {
        abstracts.add(new ItemText.PaperAbstract("2401." + (10000 + card),
            FRAGMENTS[random.nextInt(FRAGMENTS.length)] + " " + FRAGMENTS[random.nextInt(FRAGMENTS.length)]));
      }
      ItemText item = new ItemText("model", "org/m" + card, random.nextBoolean() ? Set.of("code") : Set.of(),
          text.toString(), abstracts);
      List<String> quick = describe(fast.classify(item));
      List<String> full = describe(exhaustive.classify(item));
      assertThat(quick).as("card %d:%n%s", card, text).isEqualTo(full);
      compared++;
      matches += full.size();
    }
    assertThat(compared).isEqualTo(150);
    assertThat(matches).as("the corpus exercises matching at all").isGreaterThan(500);
    // The point of the fast mode: most sentences are decided without the tagger.
    assertThat(fast.stats().taggedSentences()).isLessThan(exhaustive.stats().taggedSentences() / 2);
  }

  private static List<String> describe(List<TaskMatch> matches) {
    return matches.stream()
        .sorted(Comparator.comparing((TaskMatch m) -> m.source().ordinal()).thenComparing(m -> String.valueOf(m.sourceRef()))
            .thenComparingInt(TaskMatch::start).thenComparingInt(TaskMatch::end).thenComparing(TaskMatch::taskId))
        .map(m -> m.taskId() + "|" + m.source().key() + "|" + m.sourceRef() + "|" + m.start() + "-" + m.end() + "|"
            + m.excludedBy())
        .toList();
  }
}

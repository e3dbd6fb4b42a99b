package io.hfmine.analyzers.issues.sampling;

import static io.hfmine.analyzers.issues.IssueFixtures.issue;
import static org.assertj.core.api.Assertions.assertThat;

import io.hfmine.analyzers.issues.IssueComment;
import io.hfmine.analyzers.issues.IssueFixtures;
import io.hfmine.analyzers.issues.IssueText;
import io.hfmine.analyzers.issues.rules.CueHit;
import io.hfmine.analyzers.issues.rules.KnownModels;
import io.hfmine.analyzers.issues.rules.RelevanceRule;
import io.hfmine.analyzers.issues.rules.RuleSettings;
import io.hfmine.analyzers.issues.taxonomy.EvidenceKind;
import io.hfmine.analyzers.issues.text.IssueDocument;
import io.hfmine.analyzers.issues.text.TemplateLines;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The prescreen decides a stratum without listing the evidence ({@link RelevanceRule#hasEvidence}):
 * on issues with each kind of cue in each region of an issue, alone and together, it decides as
 * the whole evidence does, for every choice of kinds.
 */
class PtmPrescreenFastPathTest {
  private static final String TEMPLATE = "Which pretrained model or checkpoint did you use?";
  private final RelevanceRule rule = new RelevanceRule(IssueFixtures.taxonomy().relevance(),
      KnownModels.of(List.of("acme-lab/tiny-encoder")), RuleSettings.defaults());
  private final TemplateLines template = TemplateLines.of(List.of(TEMPLATE + "\na", TEMPLATE + "\nb", TEMPLATE + "\nc",
      TEMPLATE + "\nd"), 0.5, 3);

  // A phrase of each kind of evidence (the library import also names a library, the model id a
  // model family: a mention counts once, as its strongest kind), one found only in an identifier's
  // words, and none.
  private static final Map<String, String> PHRASES = new LinkedHashMap<>();

  static {
    PHRASES.put("model-id", "we pass acme-lab/tiny-encoder to it");
    PHRASES.put("strong", "it calls from_pretrained first");
    PHRASES.put("exception", "it raises GatedRepoError");
    PHRASES.put("library-import", "from transformers import pipeline");
    PHRASES.put("library", "it runs through gensim");
    PHRASES.put("model", "a ResNet-50 backbone");
    PHRASES.put("phrase", "resume from the checkpoint");
    PHRASES.put("weak", "the model is slow on the GPU");
    PHRASES.put("identifier", "call loadPretrainedWeights()");
    PHRASES.put("nothing", "the legend covers the second axis");
  }

  // Where in an issue the phrase stands: each region the segmenter tells, the comments (left out)
  // and the project's template lines (left out).
  private static final Map<String, Function<String, IssueText>> REGIONS = new LinkedHashMap<>();

  static {
    REGIONS.put("title", p -> issue("o/r", 1, "Crash: " + p, "Steps follow."));
    REGIONS.put("prose", p -> issue("o/r", 1, "Crash on start", "When I run it, " + p + "."));
    REGIONS.put("code", p -> issue("o/r", 1, "Crash on start", "Code:\n\n```python\nx = 1\n# " + p + "\n```\n"));
    REGIONS.put("traceback", p -> issue("o/r", 1, "Crash on start", "Traceback (most recent call last):\n"
        + "  File \"run.py\", line 3, in <module>\n    main()  # " + p + "\nKeyError: 'x'\n"));
    REGIONS.put("log", p -> issue("o/r", 1, "Crash on start", "2024-01-02 10:11:12 INFO " + p + "\n"
        + "2024-01-02 10:11:13 INFO done\n"));
    REGIONS.put("quote", p -> issue("o/r", 1, "Crash on start", "> " + p + "\n\nSame here."));
    REGIONS.put("link", p -> issue("o/r", 1, "Crash on start", "See https://example.org/" + p.replace(' ', '_') + " there."));
    REGIONS.put("install-output", p -> issue("o/r", 1, "Crash on start", "```\nRequirement already satisfied: " + p
        + "\nSuccessfully installed numpy-1.26.0\n```\n"));
    REGIONS.put("environment", p -> issue("o/r", 1, "Crash on start", "- OS: Ubuntu 22.04\n- Python version: 3.10 " + p
        + "\n- CUDA version: 12.1\n"));
    REGIONS.put("comment", p -> issue("o/r", 1, "Crash on start", "It stops.", new IssueComment("Maybe " + p + "?", null)));
    REGIONS.put("template", p -> issue("o/r", 1, "Crash on start", TEMPLATE + "\nIt stops."));
  }

  private List<IssueText> fixtures() {
    List<IssueText> issues = new ArrayList<>();
    for (String phrase : PHRASES.values()) {
      for (Function<String, IssueText> region : REGIONS.values()) {
        issues.add(region.apply(phrase));
      }
    }
    // Two kinds in one issue, in either order: the weaker's hits may be left out for the stronger's.
    List<String> phrases = List.copyOf(PHRASES.values());
    for (String first : phrases) {
      for (String second : phrases) {
        issues.add(issue("o/r", 1, "About " + first, "Then " + second + "."));
      }
    }
    issues.add(issue("o/r", 1, "transformers from transformers import x", "the pretrained checkpoint"));
    return issues;
  }

  // Every beginning of the kinds' order (the prescreen's is one, the fast path serves them) and
  // choices that skip a kind (the whole evidence is found for them): each kind alone, each
  // beginning without model ids, and all but one kind.
  private static Set<Set<EvidenceKind>> choicesOfKinds() {
    List<EvidenceKind> order = List.of(EvidenceKind.values());
    Set<Set<EvidenceKind>> choices = new java.util.LinkedHashSet<>();
    for (int end = 1; end <= order.size(); end++) {
      choices.add(EnumSet.copyOf(order.subList(0, end)));
      if (end > 1) {
        choices.add(EnumSet.copyOf(order.subList(1, end)));
      }
    }
    for (EvidenceKind kind : order) {
      choices.add(EnumSet.of(kind));
      Set<EvidenceKind> allBut = EnumSet.allOf(EvidenceKind.class);
      allBut.remove(kind);
      choices.add(allBut);
    }
    return choices;
  }

  @Test
  void theStratumIsTheOneTheWholeEvidenceGivesForEveryIssueAndChoiceOfKinds() {
    List<IssueText> issues = fixtures();
    Set<Set<EvidenceKind>> choices = choicesOfKinds();
    PtmPrescreen everyKind = new PtmPrescreen(rule, EnumSet.allOf(EvidenceKind.class));
    int compared = 0;
    for (IssueText issue : issues) {
      Set<EvidenceKind> found = EnumSet.noneOf(EvidenceKind.class);
      everyKind.evidence(issue, template).forEach(hit -> found.add(kindOf(hit)));
      for (Set<EvidenceKind> kinds : choices) {
        Stratum whole = kinds.stream().anyMatch(found::contains) ? Stratum.P : Stratum.R;
        assertThat(new PtmPrescreen(rule, kinds).stratumOf(issue, template)).as("%s with %s", issue, kinds)
            .isEqualTo(whole);
        compared++;
      }
    }
    assertThat(choices).contains(new AnnotationSettings(600).prescreenKinds());
    assertThat(compared).isEqualTo(choices.size() * issues.size());
  }

  private static EvidenceKind kindOf(CueHit hit) {
    return java.util.Arrays.stream(EvidenceKind.values()).filter(kind -> kind.key().equals(hit.label())).findFirst()
        .orElseThrow();
  }

  @Test
  void theFixturesHoldEveryKindAndBothStrataAndMentionsLeftOutForAStrongerKind() {
    Set<EvidenceKind> found = EnumSet.noneOf(EvidenceKind.class);
    boolean leftOut = false;
    for (IssueText issue : fixtures()) {
      IssueText reporter = new IssueText(issue.id(), issue.title(), issue.body(), List.of(), List.of(), null);
      Map<EvidenceKind, List<CueHit>> evidence = rule.evidence(IssueDocument.of(reporter, template));
      evidence.forEach((kind, hits) -> {
        if (!hits.isEmpty()) {
          found.add(kind);
        }
      });
      // "from transformers" (an import) leaves out the library cue "transformers" it holds.
      leftOut |= evidence.get(EvidenceKind.LIBRARY_IMPORT).size() > 0 && evidence.get(EvidenceKind.LIBRARY).isEmpty()
          && issue.title().startsWith("transformers");
    }
    assertThat(found).containsExactlyInAnyOrder(EvidenceKind.values());
    assertThat(leftOut).isTrue();

    PtmPrescreen prescreen = new PtmPrescreen(rule, new AnnotationSettings(600).prescreenKinds());
    Map<String, Stratum> byRegion = new LinkedHashMap<>();
    REGIONS.forEach((region, build) -> byRegion.put(region, prescreen.stratumOf(build.apply(PHRASES.get("strong")), template)));
    assertThat(byRegion).containsEntry("title", Stratum.P).containsEntry("prose", Stratum.P)
        .containsEntry("code", Stratum.P).containsEntry("traceback", Stratum.P).containsEntry("log", Stratum.P)
        .containsEntry("quote", Stratum.P).containsEntry("link", Stratum.P)
        .containsEntry("install-output", Stratum.R).containsEntry("environment", Stratum.R)
        .containsEntry("comment", Stratum.R).containsEntry("template", Stratum.R);
    assertThat(prescreen.stratumOf(REGIONS.get("prose").apply(PHRASES.get("identifier")), template)).isEqualTo(Stratum.P);
    assertThat(prescreen.stratumOf(REGIONS.get("prose").apply(PHRASES.get("weak")), template)).isEqualTo(Stratum.R);
  }
}

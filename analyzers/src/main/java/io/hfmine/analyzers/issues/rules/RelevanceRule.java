package io.hfmine.analyzers.issues.rules;

import io.hfmine.analyzers.issues.IssueText;
import io.hfmine.analyzers.issues.ScoredCode;
import io.hfmine.analyzers.issues.taxonomy.RelevanceCues;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Decides whether an issue is PTM-related from weighted evidence: known model ids, PTM library
 * names, PTM exceptions in tracebacks and phrases about models.
 */
public final class RelevanceRule {
  private final CueSet libraries;
  private final CueSet exceptions;
  private final CueSet phrases;
  private final CueSet weakPhrases;
  private final KnownModels knownModels;
  private final RuleSettings settings;

  public RelevanceRule(RelevanceCues cues, KnownModels knownModels, RuleSettings settings) {
    this.libraries = new CueSet("library", cues.libraries());
    this.exceptions = new CueSet("exception", cues.exceptions());
    this.phrases = new CueSet("phrase", cues.phrases());
    this.weakPhrases = new CueSet("weak", cues.weakPhrases());
    this.knownModels = knownModels;
    this.settings = settings;
  }

  /** {@code true} or {@code false} with a confidence and the evidence that counted. */
  public ScoredCode decide(IssueText issue) {
    List<String> evidence = new ArrayList<>();
    double score = 0;
    Set<String> models = knownModels.known(KnownModels.candidates(issue.fullText()));
    for (String model : models.stream().sorted().toList()) {
      score += settings.modelIdWeight();
      evidence.add("model:" + model);
    }
    score += weigh(libraries.hits(issue.title(), issue.discussion()), settings.libraryWeight(), evidence);
    score += weigh(exceptions.hits(issue.title(), issue.discussion()), settings.exceptionWeight(), evidence);
    score += weigh(phrases.hits(issue.title(), issue.discussion()), settings.phraseWeight(), evidence);
    score += weigh(weakPhrases.hits(issue.title(), issue.discussion()), settings.weakPhraseWeight(), evidence);
    boolean ptm = score >= settings.ptmThreshold();
    double certainty = score / (score + settings.ptmThreshold());
    double confidence = ptm ? certainty : 1 - certainty;
    String shown = evidence.isEmpty() ? "no PTM evidence" : String.join("; ", evidence);
    return new ScoredCode(Boolean.toString(ptm), round(confidence), "score " + round(score) + ": " + shown);
  }

  private double weigh(List<CueHit> hits, double weight, List<String> evidence) {
    double score = 0;
    for (CueHit hit : hits) {
      score += hit.inTitle() ? weight * settings.titleWeight() : weight;
      evidence.add(hit.describe());
    }
    return score;
  }

  static double round(double value) {
    return Math.round(value * 1000) / 1000.0;
  }
}

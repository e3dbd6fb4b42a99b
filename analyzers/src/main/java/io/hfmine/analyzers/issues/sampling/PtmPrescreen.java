package io.hfmine.analyzers.issues.sampling;

import io.hfmine.analyzers.issues.IssueText;
import io.hfmine.analyzers.issues.rules.CueHit;
import io.hfmine.analyzers.issues.rules.RelevanceRule;
import io.hfmine.analyzers.issues.taxonomy.EvidenceKind;
import io.hfmine.analyzers.issues.text.IssueDocument;
import io.hfmine.analyzers.issues.text.TemplateLines;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which issues go to stratum P of an enriched sample: those whose reporter's own text (title and
 * body, never the comments) carries PTM evidence of the chosen kinds, found by the rule labeller's
 * {@link RelevanceRule} (the taxonomy's relevance cues and the store's model ids), so the
 * prescreen and the rules speak one vocabulary. The project's template lines are left out, and so
 * are segments the rules weigh 0 (installer output, environment dumps), as the rules do.
 *
 * <p>A hit is a yes/no: the project's context and the evidence weights do not enter, so a
 * prescreened issue is one a reader would call "mentions a pre-trained model", not one the rules
 * call PTM-related.
 */
public final class PtmPrescreen {
  private final RelevanceRule rule;
  private final Set<EvidenceKind> kinds;

  public PtmPrescreen(RelevanceRule rule, Set<EvidenceKind> kinds) {
    if (kinds.isEmpty()) {
      throw new IllegalArgumentException("the prescreen needs at least one kind of evidence");
    }
    this.rule = rule;
    this.kinds = EnumSet.copyOf(kinds);
  }

  /** The evidence of the chosen kinds in the issue's title and body; empty when it is not a hit. */
  public List<CueHit> evidence(IssueText issue, TemplateLines template) {
    List<CueHit> hits = new ArrayList<>();
    for (Map.Entry<EvidenceKind, List<CueHit>> kind : rule.evidence(IssueDocument.of(reporterText(issue), template)).entrySet()) {
      if (kinds.contains(kind.getKey())) {
        hits.addAll(kind.getValue());
      }
    }
    return hits;
  }

  /** P when {@link #evidence} is not empty, found without listing the evidence ({@link RelevanceRule#hasEvidence}). */
  public Stratum stratumOf(IssueText issue, TemplateLines template) {
    return rule.hasEvidence(IssueDocument.of(reporterText(issue), template), kinds) ? Stratum.P : Stratum.R;
  }

  private static IssueText reporterText(IssueText issue) {
    return new IssueText(issue.id(), issue.title(), issue.body(), List.of(), List.of(), issue.htmlUrl());
  }
}

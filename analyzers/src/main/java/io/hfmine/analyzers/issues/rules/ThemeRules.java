package io.hfmine.analyzers.issues.rules;

import io.hfmine.analyzers.issues.ScoredCode;
import io.hfmine.analyzers.issues.ThemeRanking;
import io.hfmine.analyzers.issues.taxonomy.Taxonomy;
import io.hfmine.analyzers.issues.text.IssueDocument;
import io.hfmine.analyzers.issues.text.SegmentWeights;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Picks the sub-themes (and so the themes) of an issue from the taxonomy's cue phrases: the
 * strongest sub-theme, plus others nearly as strong, ranked by {@link ThemeRanking}.
 *
 * <p>A cue that is also an issue-type cue ("how to", "is it possible") tells the form of the
 * issue, not its challenge: it counts at {@code form-cue-weight} and gains nothing from the title,
 * so a "How to ..." title does not count twice over the challenge it asks about.
 */
public final class ThemeRules {
  private final Taxonomy taxonomy;
  private final List<CueSet> cueSets;
  private final Set<String> formCues = new HashSet<>();
  private final RuleSettings settings;
  private final SegmentWeights weights;

  public ThemeRules(Taxonomy taxonomy, RuleSettings settings) {
    this.taxonomy = taxonomy;
    this.settings = settings;
    this.weights = settings.weights();
    this.cueSets = taxonomy.subThemes().stream().map(s -> new CueSet(s.code(), s.cues())).toList();
    taxonomy.issueTypes().values().forEach(cues -> cues.forEach(c -> formCues.add(c.strip().toLowerCase(Locale.ROOT))));
  }

  /** Every sub-theme whose cues fire, with its score, strongest first (the classifier's features too). */
  public List<ScoredCode> scores(IssueDocument document) {
    List<ScoredCode> scored = new ArrayList<>();
    for (CueSet set : cueSets) {
      List<CueHit> hits = set.hits(document, weights);
      double score = 0;
      for (CueHit hit : hits) {
        score += formCues.contains(hit.cue().strip().toLowerCase(Locale.ROOT)) ? settings.formCueWeight() : hit.weight();
      }
      if (score > 0) {
        scored.add(new ScoredCode(set.label(), score, String.join("; ", hits.stream().map(CueHit::describe).toList())));
      }
    }
    return ThemeRanking.byScore(scored, taxonomy.subThemeCodes());
  }

  /** Sub-themes ranked, or the fallback for the issue type when no cue fires. */
  public List<ScoredCode> subThemes(IssueDocument document, String issueType) {
    List<ScoredCode> scored = scores(document);
    List<ScoredCode> kept = new ArrayList<>();
    double top = scored.isEmpty() ? 0 : scored.get(0).confidence();
    for (ScoredCode candidate : scored) {
      if (kept.size() < settings.maxSubThemes() && candidate.confidence() >= settings.subThemeMinScore()
          && candidate.confidence() >= top * settings.subThemeKeepRatio()) {
        kept.add(new ScoredCode(candidate.code(), RelevanceRule.round(candidate.confidence() / (candidate.confidence() + 1)),
            candidate.evidence()));
      }
    }
    if (kept.isEmpty() && issueType != null && taxonomy.fallbackByType().containsKey(issueType)) {
      kept.add(new ScoredCode(taxonomy.fallbackByType().get(issueType), 0.3, "fallback: no cue fired, issue type " + issueType));
    }
    return kept;
  }

  /** The themes of ranked sub-themes, each with its best sub-theme's confidence. */
  public List<ScoredCode> themesOf(List<ScoredCode> subThemes) {
    List<ScoredCode> themes = new ArrayList<>();
    for (String theme : ThemeRanking.themesOf(subThemes.stream().map(ScoredCode::code).toList(), taxonomy)) {
      ScoredCode first = subThemes.stream().filter(s -> s.code().startsWith(theme + ".")).findFirst().orElseThrow();
      themes.add(new ScoredCode(theme, first.confidence(), "via " + first.code()));
    }
    return themes;
  }
}

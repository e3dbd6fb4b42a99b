package io.hfmine.analyzers.issues.rules;

import io.hfmine.analyzers.issues.IssueText;
import io.hfmine.analyzers.issues.ScoredCode;
import io.hfmine.analyzers.issues.taxonomy.SubTheme;
import io.hfmine.analyzers.issues.taxonomy.Taxonomy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Picks the sub-themes (and so the themes) of a PTM-related issue from the taxonomy's cue
 * phrases: the strongest sub-theme, plus others nearly as strong.
 */
public final class ThemeRules {
  private final Taxonomy taxonomy;
  private final List<CueSet> cueSets;
  private final RuleSettings settings;

  public ThemeRules(Taxonomy taxonomy, RuleSettings settings) {
    this.taxonomy = taxonomy;
    this.settings = settings;
    this.cueSets = taxonomy.subThemes().stream().map(s -> new CueSet(s.code(), s.cues())).toList();
  }

  /** Sub-themes strongest first, or the fallback for the issue type when no cue fires. */
  public List<ScoredCode> subThemes(IssueText issue, String issueType) {
    List<ScoredCode> scored = new ArrayList<>();
    for (CueSet set : cueSets) {
      List<CueHit> hits = set.hits(issue.title(), issue.discussion());
      double score = 0;
      for (CueHit hit : hits) {
        score += hit.inTitle() ? settings.titleWeight() : 1.0;
      }
      if (score > 0) {
        String evidence = String.join("; ", hits.stream().map(CueHit::describe).toList());
        scored.add(new ScoredCode(set.label(), score, evidence));
      }
    }
    // Ties go to the sub-theme listed first in the taxonomy (stable sort keeps file order).
    scored.sort(Comparator.comparingDouble(ScoredCode::confidence).reversed());
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

  /** The themes of the given sub-themes, strongest first, each with its best sub-theme's confidence. */
  public List<ScoredCode> themesOf(List<ScoredCode> subThemes) {
    Map<String, ScoredCode> themes = new LinkedHashMap<>();
    for (ScoredCode sub : subThemes) {
      String theme = taxonomy.subTheme(sub.code()).map(SubTheme::themeCode).orElseThrow();
      themes.putIfAbsent(theme, new ScoredCode(theme, sub.confidence(), "via " + sub.code()));
    }
    return List.copyOf(themes.values());
  }
}

package io.hfmine.analyzers.issues.classifier;

import io.hfmine.analyzers.issues.IssueText;
import io.hfmine.analyzers.issues.ScoredCode;
import io.hfmine.analyzers.issues.context.ProjectContext;
import io.hfmine.analyzers.issues.context.ProjectReuse;
import io.hfmine.analyzers.issues.rules.CueSet;
import io.hfmine.analyzers.issues.rules.KnownModels;
import io.hfmine.analyzers.issues.rules.RelevanceRule;
import io.hfmine.analyzers.issues.rules.RuleSettings;
import io.hfmine.analyzers.issues.rules.ThemeRules;
import io.hfmine.analyzers.issues.taxonomy.EvidenceKind;
import io.hfmine.analyzers.issues.taxonomy.Taxonomy;
import io.hfmine.analyzers.issues.text.IssueDocument;
import io.hfmine.analyzers.issues.text.Segment;
import io.hfmine.analyzers.issues.text.SegmentWeights;
import io.hfmine.analyzers.issues.text.UnspacedScriptWords;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The knowledge features of an issue, beside its words and embedding: what the taxonomy's cues
 * find (each kind of PTM evidence, each sub-theme, each issue type), the rule labeller's relevance
 * score, and the project's context. A few hundred labelled issues are too few for words alone to
 * tell 7 themes and 32 sub-themes apart; the cues carry the taxonomy's knowledge, and the
 * regressions learn what each is worth. Also the terms the TF-IDF counts and the text that is
 * embedded, both taken from the segments that count (no installer output, no environment
 * listings, no template lines).
 */
public final class IssueFeatures {
  private static final Pattern WORD = Pattern.compile("[a-z][a-z0-9]*");
  private static final Set<String> STOP_WORDS = Set.of("a", "an", "and", "are", "as", "at", "be", "but", "by", "for",
      "from", "has", "have", "i", "if", "in", "into", "is", "it", "its", "me", "my", "of", "on", "or", "so", "that",
      "the", "their", "then", "there", "these", "this", "to", "was", "we", "were", "which", "with", "you", "your");

  private final Taxonomy taxonomy;
  private final RelevanceRule relevance;
  private final ThemeRules themes;
  private final List<CueSet> types;
  private final SegmentWeights weights;

  public IssueFeatures(Taxonomy taxonomy, RuleSettings rules, KnownModels knownModels) {
    this.taxonomy = taxonomy;
    this.relevance = new RelevanceRule(taxonomy.relevance(), knownModels, rules);
    this.themes = new ThemeRules(taxonomy, rules);
    this.types = taxonomy.issueTypes().entrySet().stream().map(e -> new CueSet(e.getKey(), e.getValue())).toList();
    this.weights = rules.weights();
  }

  /** The relevance rule the features and the projects' contexts are computed with. */
  public RelevanceRule relevance() {
    return relevance;
  }

  public Taxonomy taxonomy() {
    return taxonomy;
  }

  /** How much each kind of segment counts (a segment of weight 0 is left out of terms and embeddings). */
  public SegmentWeights weights() {
    return weights;
  }

  public ThemeRules themeRules() {
    return themes;
  }

  /** Names of the knowledge features, in the order {@link #knowledge} returns them. */
  public List<String> knowledgeNames() {
    List<String> names = new ArrayList<>();
    for (EvidenceKind kind : EvidenceKind.values()) {
      names.add("evidence:" + kind.key());
    }
    names.add("rules:ptm-score");
    for (String region : REGIONS) {
      names.add(REGION + region);
    }
    taxonomy.subThemeCodes().forEach(code -> names.add("cues:" + code));
    taxonomy.issueTypes().keySet().forEach(type -> names.add("type:" + type));
    names.add("project:strong-share");
    for (ProjectReuse reuse : ProjectReuse.values()) {
      names.add("project:" + reuse.key());
    }
    names.add("project:verified-usages");
    return names;
  }

  /** The prefix of the features that pool the PTM evidence by where in the issue it fired. */
  public static final String REGION = "regions:";
  /**
   * Where evidence fires: the title, the reporter's prose, what the reporter pasted (code, logs,
   * tracebacks, quotes, links) and the replies. The same cue means more in the title or the prose
   * than in a pasted log or a maintainer's answer; the regression learns by how much.
   */
  private static final List<String> REGIONS = List.of("title", "prose", "pasted", "replies");

  private static int region(String where) {
    if (where.startsWith("title")) {
      return 0;
    }
    if (where.startsWith("body/")) {
      return where.equals("body/prose") ? 1 : 2;
    }
    return 3;
  }

  /** The knowledge features: log(1 + score) of every cue family, then the project's context. */
  public double[] knowledge(IssueDocument document, ProjectContext project) {
    double[] x = new double[knowledgeNames().size()];
    int at = 0;
    RelevanceRule.Assessment assessment = relevance.assess(document, project);
    for (EvidenceKind kind : EvidenceKind.values()) {
      x[at++] = Math.log1p(CueSet.score(assessment.evidence().getOrDefault(kind, List.of())));
    }
    x[at++] = Math.log1p(assessment.score());
    double[] byRegion = new double[REGIONS.size()];
    for (List<io.hfmine.analyzers.issues.rules.CueHit> hits : assessment.evidence().values()) {
      for (io.hfmine.analyzers.issues.rules.CueHit hit : hits) {
        byRegion[region(hit.where())] += hit.weight();
      }
    }
    for (double score : byRegion) {
      x[at++] = Math.log1p(score);
    }
    Map<String, Double> cueScores = new java.util.HashMap<>();
    for (ScoredCode sub : themes.scores(document)) {
      cueScores.put(sub.code(), sub.confidence());
    }
    for (String code : taxonomy.subThemeCodes()) {
      x[at++] = Math.log1p(cueScores.getOrDefault(code, 0.0));
    }
    for (CueSet type : types) {
      x[at++] = Math.log1p(CueSet.score(type.hits(document, weights)));
    }
    x[at++] = project.strongShare();
    for (ProjectReuse reuse : ProjectReuse.values()) {
      x[at++] = project.reuse() == reuse ? 1 : 0;
    }
    x[at] = Math.log1p(project.verifiedUsages());
    return x;
  }

  /**
   * The terms the TF-IDF counts: lower-case words (identifiers split) and word pairs of every
   * segment that counts, the title's twice; text in scripts written without spaces (Chinese,
   * Japanese) counts by its character pairs.
   */
  public List<String> terms(IssueDocument document) {
    List<String> terms = new ArrayList<>();
    for (Segment segment : document.segments()) {
      if (weights.of(segment) <= 0) {
        continue;
      }
      List<String> words = new ArrayList<>();
      Matcher matcher = WORD.matcher(segment.words().toLowerCase(Locale.ROOT));
      while (matcher.find()) {
        String word = matcher.group();
        if (word.length() > 1 && word.length() <= 40 && !STOP_WORDS.contains(word)) {
          words.add(word);
        }
      }
      List<String> unspaced = UnspacedScriptWords.pairs(segment.words());
      int repeat = segment.part() == io.hfmine.analyzers.issues.text.IssuePart.TITLE ? 2 : 1;
      for (int r = 0; r < repeat; r++) {
        terms.addAll(words);
        terms.addAll(unspaced);
        for (int i = 0; i + 1 < words.size(); i++) {
          terms.add(words.get(i) + " " + words.get(i + 1));
        }
      }
    }
    return terms;
  }

  /** The document of an issue in its project. */
  public static IssueDocument document(IssueText issue, ProjectContext project) {
    return IssueDocument.of(issue, project.template());
  }
}

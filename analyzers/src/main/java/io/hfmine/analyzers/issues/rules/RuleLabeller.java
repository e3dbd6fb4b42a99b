package io.hfmine.analyzers.issues.rules;

import io.hfmine.analyzers.issues.IssueLabeller;
import io.hfmine.analyzers.issues.IssueLabelling;
import io.hfmine.analyzers.issues.IssueText;
import io.hfmine.analyzers.issues.ScoredCode;
import io.hfmine.analyzers.issues.taxonomy.Taxonomy;
import java.util.List;
import java.util.Map;

/**
 * The default labeller: no training data, every label explained by the evidence that fired
 * (model ids, library names, exceptions, cue phrases), so a researcher can audit it.
 */
public final class RuleLabeller implements IssueLabeller {
  public static final String SOURCE = "rules";

  private final RelevanceRule relevance;
  private final ThemeRules themes;
  private final TypeRules types;

  public RuleLabeller(Taxonomy taxonomy, KnownModels knownModels, RuleSettings settings,
      Map<String, List<String>> typeLabels) {
    this.relevance = new RelevanceRule(taxonomy.relevance(), knownModels, settings);
    this.themes = new ThemeRules(taxonomy, settings);
    this.types = new TypeRules(typeLabels, taxonomy.issueTypes(), settings.titleWeight());
  }

  @Override
  public String source() {
    return SOURCE;
  }

  @Override
  public IssueLabelling label(IssueText issue) {
    ScoredCode ptm = relevance.decide(issue);
    ScoredCode type = types.decide(issue);
    List<ScoredCode> subThemes = Boolean.parseBoolean(ptm.code()) ? themes.subThemes(issue, type.code()) : List.of();
    return new IssueLabelling(issue.id(), ptm, themes.themesOf(subThemes), subThemes, type);
  }
}

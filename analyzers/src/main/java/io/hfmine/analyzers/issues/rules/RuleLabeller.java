package io.hfmine.analyzers.issues.rules;

import io.hfmine.analyzers.issues.IssueLabeller;
import io.hfmine.analyzers.issues.IssueLabelling;
import io.hfmine.analyzers.issues.IssueText;
import io.hfmine.analyzers.issues.ScoredCode;
import io.hfmine.analyzers.issues.context.ProjectContext;
import io.hfmine.analyzers.issues.context.ProjectContexts;
import io.hfmine.analyzers.issues.taxonomy.Taxonomy;
import io.hfmine.analyzers.issues.text.IssueDocument;
import java.util.List;
import java.util.Map;

/**
 * The default labeller: no training data, every label explained by the evidence that fired
 * (model ids, library names, exceptions, cue phrases, the project's context), so a researcher
 * can audit it.
 */
public final class RuleLabeller implements IssueLabeller {
  public static final String SOURCE = "rules";

  private final RelevanceRule relevance;
  private final ThemeRules themes;
  private final TypeRules types;
  private final ProjectContexts projects;

  public RuleLabeller(Taxonomy taxonomy, KnownModels knownModels, RuleSettings settings,
      Map<String, List<String>> typeLabels, ProjectContexts projects) {
    this.relevance = new RelevanceRule(taxonomy.relevance(), knownModels, settings);
    this.themes = new ThemeRules(taxonomy, settings);
    this.types = new TypeRules(typeLabels, taxonomy.issueTypes(), settings.weights());
    this.projects = projects;
  }

  /** The relevance rule alone (what project contexts are counted with). */
  public RelevanceRule relevance() {
    return relevance;
  }

  @Override
  public String source() {
    return SOURCE;
  }

  @Override
  public IssueLabelling label(IssueText issue) {
    ProjectContext project = projects.of(issue.id().repository());
    IssueDocument document = IssueDocument.of(issue, project.template());
    ScoredCode ptm = relevance.decide(document, project);
    ScoredCode type = types.decide(document);
    // Themes for every issue: where another source calls it PTM-related, the challenge is there.
    List<ScoredCode> subThemes = themes.subThemes(document, type.code());
    return new IssueLabelling(issue.id(), ptm, themes.themesOf(subThemes), subThemes, type);
  }
}

package io.hfmine.analyzers.issues.context;

import io.hfmine.analyzers.issues.IssueText;
import io.hfmine.analyzers.issues.rules.RelevanceRule;
import io.hfmine.analyzers.issues.text.IssueDocument;
import io.hfmine.analyzers.issues.text.TemplateLines;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the {@link ProjectContext} of every project from its issues and what the store knows of
 * its code: pure, so a test, a benchmark and the store-backed stage compute the same contexts.
 */
public final class ProjectContexts {
  /** What the store knows of one project's code. */
  public record CodeFacts(int verifiedUsages, List<String> ptmDependencies) {
    public static final CodeFacts NONE = new CodeFacts(0, List.of());
  }

  private final Map<String, ProjectContext> byRepository;

  private ProjectContexts(Map<String, ProjectContext> byRepository) {
    this.byRepository = byRepository;
  }

  /** No project known: every issue is judged on its own. */
  public static ProjectContexts none() {
    return new ProjectContexts(Map.of());
  }

  /**
   * The contexts of the projects of {@code issues} (every issue of a project should be there:
   * the share is counted over them); {@code code} gives each repository's code facts.
   */
  public static ProjectContexts of(List<IssueText> issues, Map<String, CodeFacts> code, RelevanceRule rule,
      ContextSettings settings) {
    Map<String, List<IssueText>> byProject = byProject(issues);
    Map<String, ProjectContext> contexts = new LinkedHashMap<>();
    byProject.forEach((repository, projectIssues) -> {
      TemplateLines template = template(projectIssues, settings);
      int strong = 0;
      for (IssueText issue : projectIssues) {
        strong += rule.hasStrongEvidence(IssueDocument.of(issue, template)) ? 1 : 0;
      }
      CodeFacts facts = code.getOrDefault(repository, CodeFacts.NONE);
      contexts.put(repository, new ProjectContext(repository, projectIssues.size(), strong, facts.verifiedUsages(),
          facts.ptmDependencies(), template, settings.reuse(projectIssues.size(), strong, facts.verifiedUsages(),
          facts.ptmDependencies().size())));
    });
    return new ProjectContexts(contexts);
  }

  /**
   * Each project's issue-template lines, found over all of its issues as the contexts find them,
   * for work that needs the templates without the rest of the context (drawing a prescreened sample).
   */
  public static Map<String, TemplateLines> templates(List<IssueText> issues, ContextSettings settings) {
    Map<String, TemplateLines> templates = new LinkedHashMap<>();
    byProject(issues).forEach((repository, projectIssues) -> templates.put(repository, template(projectIssues, settings)));
    return templates;
  }

  private static Map<String, List<IssueText>> byProject(List<IssueText> issues) {
    Map<String, List<IssueText>> byProject = new LinkedHashMap<>();
    issues.forEach(issue -> byProject.computeIfAbsent(issue.id().repository(), k -> new ArrayList<>()).add(issue));
    return byProject;
  }

  private static TemplateLines template(List<IssueText> projectIssues, ContextSettings settings) {
    return TemplateLines.of(projectIssues.stream().map(IssueText::body).toList(), settings.templateMinShare(),
        settings.templateMinIssues());
  }

  /** The context of a repository, or an unknown one. */
  public ProjectContext of(String repository) {
    ProjectContext context = byRepository.get(repository);
    return context != null ? context : ProjectContext.unknown(repository);
  }

  public Map<String, ProjectContext> all() {
    return byRepository;
  }
}

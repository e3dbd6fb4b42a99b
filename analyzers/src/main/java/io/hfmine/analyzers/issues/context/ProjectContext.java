package io.hfmine.analyzers.issues.context;

import io.hfmine.analyzers.issues.text.TemplateLines;
import java.util.List;

/**
 * What the store tells about the project an issue belongs to: how many of its issues carry
 * unmistakable PTM evidence, its verified model-loading code, the PTM libraries among its known
 * dependencies, and its issue templates.
 *
 * @param issues the project's issues in the store
 * @param strongIssues those with unmistakable PTM evidence (strong phrases, PTM exceptions, library imports, model ids)
 * @param verifiedUsages model-loading calls of the project's code verified by usage extraction
 * @param ptmDependencies PTM libraries in the project's dependency files or verified usages
 */
public record ProjectContext(String repository, int issues, int strongIssues, int verifiedUsages,
    List<String> ptmDependencies, TemplateLines template, ProjectReuse reuse) {
  public ProjectContext {
    ptmDependencies = List.copyOf(ptmDependencies);
  }

  /** A project nothing is known about (one issue labelled on its own). */
  public static ProjectContext unknown(String repository) {
    return new ProjectContext(repository, 0, 0, 0, List.of(), TemplateLines.NONE, ProjectReuse.UNKNOWN);
  }

  /** Share of the project's issues with unmistakable PTM evidence (0 without issues). */
  public double strongShare() {
    return issues == 0 ? 0 : (double) strongIssues / issues;
  }

  /** One line for evidence, e.g. {@code project unlikely: 3 of 1,522 issues with strong evidence}. */
  public String describe() {
    StringBuilder text = new StringBuilder("project " + reuse.key() + ": " + strongIssues + " of " + issues
        + " issues with strong evidence");
    if (verifiedUsages > 0) {
      text.append(", ").append(verifiedUsages).append(" verified usages");
    }
    if (!ptmDependencies.isEmpty()) {
      text.append(", depends on ").append(String.join(", ", ptmDependencies));
    }
    return text.toString();
  }
}

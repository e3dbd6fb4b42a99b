package io.hfmine.analyzers.issues;

import io.hfmine.analyzers.issues.taxonomy.Taxonomy;
import java.util.List;

/** Issues written for the tests, in the shapes real issues have (templates, logs, tracebacks, replies). */
public final class IssueFixtures {
  private IssueFixtures() {
  }

  /** The taxonomy hfmine ships. */
  public static Taxonomy taxonomy() {
    return Taxonomy.load("config/taxonomy/ptm-challenges.yaml");
  }

  public static IssueText issue(String repository, int number, String title, String body) {
    return IssueText.of(new IssueId(repository, number), title, body, List.of(), List.of(), null);
  }

  public static IssueText issue(String repository, int number, String title, String body, IssueComment... comments) {
    return new IssueText(new IssueId(repository, number), title, body, List.of(comments), List.of(), null);
  }
}

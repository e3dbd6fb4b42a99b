package io.hfmine.analyzers.issues.context;

/**
 * How a project's context is judged (the {@code issues.project-context} configuration section).
 *
 * @param minIssues below this many issues nothing is concluded from them (reuse unknown)
 * @param likelyShare from this share of issues with strong PTM evidence on, the project likely reuses PTMs
 * @param unlikelyShare below this share (with at least {@code minIssues} issues), it likely does not
 * @param templateMinShare a line in at least this share of a project's issue bodies is template text ...
 * @param templateMinIssues ... and in at least this many of them
 * @param ptmLibraries packages whose presence in a project's dependency files means it reuses PTMs
 */
public record ContextSettings(int minIssues, double likelyShare, double unlikelyShare, double templateMinShare,
    int templateMinIssues, java.util.List<String> ptmLibraries) {
  public ContextSettings {
    ptmLibraries = ptmLibraries == null ? java.util.List.of() : java.util.List.copyOf(ptmLibraries);
    if (unlikelyShare > likelyShare) {
      throw new IllegalArgumentException("issues.project-context.unlikely-share (" + unlikelyShare
          + ") must not exceed likely-share (" + likelyShare + ")");
    }
  }

  public static ContextSettings defaults() {
    return new ContextSettings(20, 0.15, 0.04, 0.2, 5, java.util.List.of("transformers", "diffusers",
        "sentence-transformers", "huggingface-hub", "timm", "open-clip-torch", "peft", "spacy", "stanza", "gensim",
        "tensorflow-hub", "fasttext"));
  }

  /** The reuse a project's counts point to. */
  public ProjectReuse reuse(int issues, int strongIssues, int verifiedUsages, int ptmDependencies) {
    if (verifiedUsages > 0 || ptmDependencies > 0) {
      return ProjectReuse.KNOWN;
    }
    if (issues < minIssues) {
      return ProjectReuse.UNKNOWN;
    }
    double share = (double) strongIssues / issues;
    return share >= likelyShare ? ProjectReuse.LIKELY : share < unlikelyShare ? ProjectReuse.UNLIKELY : ProjectReuse.UNKNOWN;
  }
}

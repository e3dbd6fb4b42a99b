package io.hfmine.analyzers.patterns;

import java.util.List;

/** The columns of one {@code usages} row that pattern mining reads. */
public record Usage(
    String usageId,
    String repository,
    String path,
    int line,
    String library,
    String api,
    String kind,
    String modelId,
    List<String> keywordArgs,
    List<String> apiSequence,
    String snippet) {

  public Usage {
    keywordArgs = keywordArgs == null ? List.of() : List.copyOf(keywordArgs);
    apiSequence = apiSequence == null ? List.of() : List.copyOf(apiSequence);
  }

  /** Where the usage is, as people cite it: {@code owner/repo:path:line}. */
  public String location() {
    return (repository == null ? "" : repository + ":") + path + ":" + line;
  }
}

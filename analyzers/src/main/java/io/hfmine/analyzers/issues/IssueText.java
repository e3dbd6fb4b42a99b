package io.hfmine.analyzers.issues;

import java.util.List;

/** What a labeller reads of an issue: title, body, comment bodies and the GitHub labels. */
public record IssueText(IssueId id, String title, String body, List<String> comments, List<String> githubLabels,
    String htmlUrl) {
  public IssueText {
    title = title == null ? "" : title;
    body = body == null ? "" : body;
    comments = comments == null ? List.of() : List.copyOf(comments);
    githubLabels = githubLabels == null ? List.of() : List.copyOf(githubLabels);
  }

  /** Body and comments, the part of the text below the title. */
  public String discussion() {
    return comments.isEmpty() ? body : body + "\n\n" + String.join("\n\n", comments);
  }

  /** Title, body and comments as one text. */
  public String fullText() {
    return title + "\n\n" + discussion();
  }

  /** The issue's web address, or the one GitHub would give it. */
  public String url() {
    return htmlUrl != null && !htmlUrl.isBlank() ? htmlUrl
        : "https://github.com/" + id.repository() + "/issues/" + id.number();
  }
}

package io.hfmine.analyzers.issues;

import java.util.List;

/** What a labeller reads of an issue: title, body, comments and the GitHub labels. */
public record IssueText(IssueId id, String title, String body, List<IssueComment> comments, List<String> githubLabels,
    String htmlUrl) {
  public IssueText {
    title = title == null ? "" : title;
    body = body == null ? "" : body;
    comments = comments == null ? List.of() : List.copyOf(comments);
    githubLabels = githubLabels == null ? List.of() : List.copyOf(githubLabels);
  }

  /** An issue whose comments are plain texts by authors of unknown association. */
  public static IssueText of(IssueId id, String title, String body, List<String> comments, List<String> githubLabels,
      String htmlUrl) {
    return new IssueText(id, title, body, comments == null ? List.of()
        : comments.stream().map(c -> new IssueComment(c, null)).toList(), githubLabels, htmlUrl);
  }

  /** The comments' texts, in order. */
  public List<String> commentBodies() {
    return comments.stream().map(IssueComment::body).toList();
  }

  /** Body and comments, the part of the text below the title. */
  public String discussion() {
    return comments.isEmpty() ? body : body + "\n\n" + String.join("\n\n", commentBodies());
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

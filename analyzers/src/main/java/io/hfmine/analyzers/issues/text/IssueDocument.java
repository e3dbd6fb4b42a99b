package io.hfmine.analyzers.issues.text;

import io.hfmine.analyzers.issues.IssueComment;
import io.hfmine.analyzers.issues.IssueText;
import java.util.ArrayList;
import java.util.List;

/**
 * An issue cut into weighed segments: the title, then the body and each comment cut by
 * {@link MarkdownSegmenter}, with the project's template lines removed.
 */
public record IssueDocument(IssueText issue, List<Segment> segments) {
  public IssueDocument {
    segments = List.copyOf(segments);
  }

  /** The document of an issue; {@code template} holds its project's template lines. */
  public static IssueDocument of(IssueText issue, TemplateLines template) {
    List<Segment> segments = new ArrayList<>();
    if (!issue.title().isBlank()) {
      segments.add(Segment.of(IssuePart.TITLE, SegmentKind.PROSE, issue.title()));
    }
    String body = withoutRepeatedTitle(issue.title(), template.strip(issue.body()));
    segments.addAll(MarkdownSegmenter.segments(body, IssuePart.BODY));
    for (IssueComment comment : issue.comments()) {
      segments.addAll(MarkdownSegmenter.segments(comment.body(),
          comment.byMaintainer() ? IssuePart.MAINTAINER_COMMENT : IssuePart.COMMENT));
    }
    return new IssueDocument(issue, segments);
  }

  /** The text of the segments of one kind, joined (the prose of an issue, its code ...). */
  public String text(SegmentKind kind) {
    StringBuilder text = new StringBuilder();
    for (Segment segment : segments) {
      if (segment.kind() == kind) {
        text.append(segment.text()).append('\n');
      }
    }
    return text.toString();
  }

  /** The title and the body's and comments' prose and quotes: what people wrote, without pasted output. */
  public String writtenText() {
    StringBuilder text = new StringBuilder();
    for (Segment segment : segments) {
      if (segment.kind() == SegmentKind.PROSE || segment.kind() == SegmentKind.QUOTE) {
        text.append(segment.text()).append('\n');
      }
    }
    return text.toString();
  }

  // Many reporters paste the title again as the body's first line; it would count twice.
  private static String withoutRepeatedTitle(String title, String body) {
    String trimmed = body.stripLeading();
    String heading = title.strip();
    if (!heading.isEmpty() && trimmed.regionMatches(true, 0, heading, 0, heading.length())) {
      int end = trimmed.indexOf('\n');
      if (end < 0 || end <= heading.length() + 3) {
        return end < 0 ? "" : trimmed.substring(end + 1);
      }
    }
    return body;
  }
}

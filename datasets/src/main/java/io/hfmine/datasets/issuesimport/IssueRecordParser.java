package io.hfmine.datasets.issuesimport;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Validates one GitHub REST issue object of a dump and turns it into an {@link ImportedIssue}.
 *
 * <p>Required: {@code number}, {@code title}, {@code state} (open or closed), {@code created_at},
 * and a repository ({@code repository_url}, or the {@code --repo} fallback). Optional fields are
 * type-checked when present, so a dump that mixes up a field fails loudly instead of storing
 * nulls. Pull requests (objects with a non-null {@code pull_request}) are recognised by
 * {@link #isPullRequest} and never parsed further.
 *
 * <p>hfmine's own export ({@code issues.jsonl}, {@code issue_comments.jsonl}) reads back too: its
 * column names stand in for the REST fields they were made from ({@code repository} for
 * {@code repository_url}, {@code author} for {@code user}, {@code github_id} for {@code id},
 * {@code comments_count} for {@code comments}; in comments {@code repository} and
 * {@code issue_number} for {@code issue_url}, {@code comment_id} for {@code id}).
 */
public final class IssueRecordParser {
  /** Embedded comments: an array of GitHub REST issue-comment objects. */
  public static final String COMMENTS_FIELD = "comments_data";

  // api.github.com/repos/O/N, and GitHub Enterprise's HOST/api/v3/repos/O/N
  private static final Pattern REPOSITORY_URL = Pattern.compile("^https?://[^/]+(?:/[^/]+)*?/repos/([^/\\s]+)/([^/\\s]+?)/?$");
  private static final Pattern ISSUE_URL = Pattern.compile("^https?://[^/]+(?:/[^/]+)*?/repos/([^/\\s]+)/([^/\\s]+)/issues/(\\d+)/?$");
  private static final Pattern FULL_NAME = Pattern.compile("^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$");

  private final String fallbackRepository;

  /** {@code fallbackRepository} ("owner/name") serves records without {@code repository_url}; may be null. */
  public IssueRecordParser(String fallbackRepository) {
    if (fallbackRepository != null && !isFullName(fallbackRepository)) {
      throw new IllegalArgumentException("repository must be OWNER/NAME, got \"" + fallbackRepository + "\"");
    }
    this.fallbackRepository = fallbackRepository;
  }

  /** Whether {@code name} looks like a GitHub "owner/name". */
  public static boolean isFullName(String name) {
    return name != null && FULL_NAME.matcher(name).matches();
  }

  /** Whether the record is a pull request, which the issues API lists among issues. */
  public static boolean isPullRequest(DumpRecord record) {
    JsonNode pullRequest = record.json().get("pull_request");
    return pullRequest != null && !pullRequest.isNull();
  }

  /** The validated issue; throws {@link DumpFormatException} naming the first field at fault. */
  public ImportedIssue parse(DumpRecord record) {
    FieldReader fields = new FieldReader(record.position(), record.json(), "");
    long number = issueNumber(fields, "number");
    String state = fields.requiredText("state");
    if (!state.equals("open") && !state.equals("closed")) {
      throw fields.error("state", "is neither \"open\" nor \"closed\": \"" + state + "\"");
    }
    return new ImportedIssue(
        repository(fields),
        (int) number,
        fields.has("id") ? fields.optionalLong("id") : fields.optionalLong("github_id"),
        fields.requiredText("title"),
        fields.optionalText("body"),
        state,
        fields.optionalText("state_reason"),
        fields.has("user") ? fields.optionalLogin("user") : fields.optionalText("author"),
        fields.optionalText("author_association"),
        labels(fields),
        commentsCount(fields),
        fields.optionalText("html_url"),
        fields.requiredTimestamp("created_at"),
        fields.optionalTimestamp("updated_at"),
        fields.optionalTimestamp("closed_at"),
        comments(fields));
  }

  /**
   * Validates one comment of a comments file (as {@code GET /repos/{owner}/{repo}/issues/comments}
   * lists them): {@code id} and {@code issue_url}, which names the repository and issue, are required.
   */
  public FileComment parseComment(DumpRecord record) {
    FieldReader fields = new FieldReader(record.position(), record.json(), "");
    if (!fields.has("issue_url") && fields.has("repository") && fields.has("issue_number")) {
      return exportedComment(fields);
    }
    String url = fields.requiredText("issue_url");
    Matcher matcher = ISSUE_URL.matcher(url);
    if (!matcher.matches()) {
      throw fields.error("issue_url", "is not a GitHub issue API URL (…/repos/OWNER/NAME/issues/NUMBER): \"" + url + "\"");
    }
    long number;
    try {
      number = Long.parseLong(matcher.group(3));
    } catch (NumberFormatException e) {
      number = -1;
    }
    if (number < 0 || number > Integer.MAX_VALUE) {
      throw fields.error("issue_url", "does not end in an issue number: \"" + url + "\"");
    }
    return new FileComment(matcher.group(1) + "/" + matcher.group(2), (int) number, CommentRecordParser.parse(fields));
  }

  // A row of hfmine's issue_comments export: the issue is named by its own columns.
  private FileComment exportedComment(FieldReader fields) {
    String repository = fields.requiredText("repository");
    if (!isFullName(repository)) {
      throw fields.error("repository", "is not OWNER/NAME: \"" + repository + "\"");
    }
    long number = issueNumber(fields, "issue_number");
    return new FileComment(repository, (int) number, CommentRecordParser.parse(fields));
  }

  // GitHub numbers issues from 1, but its API does serve an issue numbered 0 in at least one old
  // repository, and the sync stores what the API serves; so 0 is a number, a negative one is not.
  private static long issueNumber(FieldReader fields, String field) {
    long number = fields.requiredLong(field);
    if (number < 0 || number > Integer.MAX_VALUE) {
      throw fields.error(field, "is not an issue number: " + number);
    }
    return number;
  }

  private String repository(FieldReader fields) {
    String url = fields.optionalText("repository_url");
    if (url == null && fields.has("repository")) {
      String repository = fields.requiredText("repository");
      if (!isFullName(repository)) {
        throw fields.error("repository", "is not OWNER/NAME: \"" + repository + "\"");
      }
      if (fallbackRepository != null && !fallbackRepository.equalsIgnoreCase(repository)) {
        throw fields.error("repository", "names " + repository + ", not the repository given with --repo ("
            + fallbackRepository + ")");
      }
      return repository;
    }
    if (url == null) {
      if (fallbackRepository == null) {
        throw fields.error("repository_url", "is missing (or give the repository with --repo OWNER/NAME)");
      }
      return fallbackRepository;
    }
    Matcher matcher = REPOSITORY_URL.matcher(url);
    if (!matcher.matches()) {
      throw fields.error("repository_url", "is not a GitHub repository API URL (…/repos/OWNER/NAME): \"" + url + "\"");
    }
    String repository = matcher.group(1) + "/" + matcher.group(2);
    if (fallbackRepository != null && !fallbackRepository.equalsIgnoreCase(repository)) {
      throw fields.error("repository_url", "names " + repository + ", not the repository given with --repo ("
          + fallbackRepository + ")");
    }
    return repository;
  }

  private static List<String> labels(FieldReader fields) {
    if (!fields.has("labels")) {
      return List.of();
    }
    JsonNode labels = fields.raw("labels");
    if (!labels.isArray()) {
      throw fields.error("labels", "is not an array: " + FieldReader.abbreviate(labels));
    }
    List<String> names = new ArrayList<>(labels.size());
    for (int i = 0; i < labels.size(); i++) {
      JsonNode label = labels.get(i);
      if (label.isTextual()) {
        names.add(label.asText());
      } else if (label.isObject()) {
        names.add(fields.element("labels", i).requiredText("name"));
      } else {
        throw fields.error("labels[" + i + "]", "is neither a label object nor a name: " + FieldReader.abbreviate(label));
      }
    }
    return List.copyOf(names);
  }

  private static Integer commentsCount(FieldReader fields) {
    JsonNode comments = fields.raw("comments");
    // Some dumps replace the count by the comment list itself; the count is then its size.
    if (comments != null && comments.isArray()) {
      return comments.size();
    }
    Long count = fields.has("comments") ? fields.optionalLong("comments") : fields.optionalLong("comments_count");
    if (count != null && (count < 0 || count > Integer.MAX_VALUE)) {
      throw fields.error("comments", "is not a comment count: " + count);
    }
    return count == null ? null : count.intValue();
  }

  private static List<ImportedComment> comments(FieldReader fields) {
    if (!fields.has(COMMENTS_FIELD)) {
      return null;
    }
    JsonNode list = fields.raw(COMMENTS_FIELD);
    if (!list.isArray()) {
      throw fields.error(COMMENTS_FIELD, "is not an array of comment objects: " + FieldReader.abbreviate(list));
    }
    List<ImportedComment> comments = new ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      if (!list.get(i).isObject()) {
        throw fields.error(COMMENTS_FIELD + "[" + i + "]", "is not a comment object: " + FieldReader.abbreviate(list.get(i)));
      }
      comments.add(CommentRecordParser.parse(fields.element(COMMENTS_FIELD, i)));
    }
    return List.copyOf(comments);
  }
}

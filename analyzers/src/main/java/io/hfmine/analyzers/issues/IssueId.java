package io.hfmine.analyzers.issues;

/** An issue's identity: repository {@code owner/name} and number, written {@code owner/name#12}. */
public record IssueId(String repository, int number) implements Comparable<IssueId> {
  /** Parses {@code owner/name#12}; throws {@link IllegalArgumentException} naming the text otherwise. */
  public static IssueId parse(String text) {
    String trimmed = text == null ? "" : text.strip();
    int hash = trimmed.lastIndexOf('#');
    if (hash <= 0 || !trimmed.substring(0, hash).contains("/")) {
      throw new IllegalArgumentException("'" + trimmed + "' is not an issue id of the form owner/name#number");
    }
    try {
      return new IssueId(trimmed.substring(0, hash), Integer.parseInt(trimmed.substring(hash + 1)));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + trimmed + "' is not an issue id of the form owner/name#number");
    }
  }

  @Override
  public int compareTo(IssueId other) {
    int byRepository = repository.compareTo(other.repository);
    return byRepository != 0 ? byRepository : Integer.compare(number, other.number);
  }

  @Override
  public String toString() {
    return repository + "#" + number;
  }
}

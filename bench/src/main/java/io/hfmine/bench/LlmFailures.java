package io.hfmine.bench;

import io.hfmine.analyzers.issues.IssueId;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The issues an LLM run could not label, and why: a count, and the first issue of each reason,
 * so that an unreachable endpoint, a model cut off at its token limit and answers out of format
 * are told apart in the report.
 */
final class LlmFailures {
  private static final int REASONS_SHOWN = 5;

  private final Map<String, IssueId> firstByReason = new LinkedHashMap<>();
  private int count;

  void add(IssueId issue, String message) {
    count++;
    // The issue's own id is not part of the reason: two issues failing alike share one line.
    String reason = message.replace("issue " + issue + ": ", "");
    if (firstByReason.size() < REASONS_SHOWN) {
      firstByReason.putIfAbsent(reason, issue);
    }
  }

  int count() {
    return count;
  }

  void print(PrintStream out) {
    firstByReason.forEach((reason, issue) -> out.printf("  not labelled, e.g. %s: %s%n", issue, reason));
  }
}

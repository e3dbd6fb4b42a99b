package io.hfmine.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.hfmine.analyzers.issues.IssueId;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LlmFailuresTest {
  private static String printed(LlmFailures failures) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    failures.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void issuesFailingForOneReasonShareALineNamingTheFirstOfThem() {
    LlmFailures failures = new LlmFailures();
    IssueId first = new IssueId("acme/chat", 1);
    IssueId second = new IssueId("acme/chat", 2);

    failures.add(first, "chat endpoint http://localhost:11434/v1/chat/completions: Connection refused");
    failures.add(second, "chat endpoint http://localhost:11434/v1/chat/completions: Connection refused");
    failures.add(second, "issue acme/chat#2: the model answered out of format 3 times; last problem: the TYPE line is missing");

    assertThat(failures.count()).isEqualTo(3);
    assertThat(printed(failures)).isEqualTo("""
          not labelled, e.g. acme/chat#1: chat endpoint http://localhost:11434/v1/chat/completions: Connection refused
          not labelled, e.g. acme/chat#2: the model answered out of format 3 times; last problem: the TYPE line is missing
        """);
  }

  @Test
  void onlyTheFirstFewReasonsAreShownButEveryFailureIsCounted() {
    LlmFailures failures = new LlmFailures();
    for (int i = 1; i <= 12; i++) {
      failures.add(new IssueId("acme/chat", i), "issue acme/chat#" + i + ": reason " + i);
    }

    assertThat(failures.count()).isEqualTo(12);
    assertThat(printed(failures).lines()).hasSize(5).last().asString().endsWith("reason 5");
  }
}

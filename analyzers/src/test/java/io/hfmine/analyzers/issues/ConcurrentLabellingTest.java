package io.hfmine.analyzers.issues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hfmine.analyzers.issues.llm.LabellingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ConcurrentLabellingTest {
  private static final List<IssueText> ISSUES = IntStream.rangeClosed(1, 12)
      .mapToObj(n -> IssueText.of(new IssueId("acme/chat", n), "Issue " + n, "", List.of(), List.of(), null)).toList();

  /** Labels issue n PTM-related when n is even; issue 7 cannot be labelled. */
  private static class Labeller implements IssueLabeller {
    final int concurrency;
    final Set<String> threads = ConcurrentHashMap.newKeySet();

    Labeller(int concurrency) {
      this.concurrency = concurrency;
    }

    @Override
    public String source() {
      return "llm";
    }

    @Override
    public int concurrency() {
      return concurrency;
    }

    @Override
    public IssueLabelling label(IssueText issue) {
      threads.add(Thread.currentThread().getName());
      arrive();
      if (issue.id().number() == 7) {
        throw new LabellingException("issue " + issue.id() + ": the model answered out of format 3 times", null);
      }
      boolean ptm = issue.id().number() % 2 == 0;
      return new IssueLabelling(issue.id(), new ScoredCode(Boolean.toString(ptm), 1.0, "test"), List.of(), List.of(),
          null);
    }

    void arrive() {
    }
  }

  private static List<String> outcomes(ConcurrentLabelling labelling) {
    List<String> seen = new ArrayList<>();
    labelling.start(ISSUES);
    for (int i = 0; i < ISSUES.size(); i++) {
      try {
        IssueLabelling labelled = labelling.outcome(i);
        seen.add(labelled.issue() + "=" + labelled.isPtm());
      } catch (LabellingException e) {
        seen.add(e.getMessage());
      }
    }
    return seen;
  }

  @Test
  void fourAtOnceGiveTheOutcomesOfOneAfterTheOtherInTheSameOrder() {
    Labeller sequential = new Labeller(1);
    Labeller four = new Labeller(4) {
      // Each of the first four calls waits until all four have started: they must run side by side.
      private final CountDownLatch started = new CountDownLatch(4);

      @Override
      void arrive() {
        started.countDown();
        try {
          assertThat(started.await(10, TimeUnit.SECONDS)).as("four issues labelled at once").isTrue();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    };

    List<String> oneByOne;
    try (ConcurrentLabelling labelling = new ConcurrentLabelling(sequential)) {
      oneByOne = outcomes(labelling);
    }
    List<String> atOnce;
    try (ConcurrentLabelling labelling = new ConcurrentLabelling(four)) {
      atOnce = outcomes(labelling);
    }

    assertThat(atOnce).isEqualTo(oneByOne).hasSize(12).startsWith("acme/chat#1=false", "acme/chat#2=true")
        .contains("issue acme/chat#7: the model answered out of format 3 times");
    assertThat(sequential.threads).containsExactly(Thread.currentThread().getName());
    assertThat(four.threads).hasSize(4).allMatch(name -> name.startsWith("label-"));
  }

  @Test
  void whatIsNotAskedForAfterAStopIsGivenUp() {
    CountDownLatch never = new CountDownLatch(1);
    Labeller stuck = new Labeller(2) {
      @Override
      void arrive() {
        try {
          never.await();
        } catch (InterruptedException e) {
          throw new LabellingException("interrupted", e);
        }
      }
    };
    try (ConcurrentLabelling labelling = new ConcurrentLabelling(stuck)) {
      labelling.start(ISSUES);

      labelling.cancelRest();

      assertThatThrownBy(() -> labelling.outcome(0)).isInstanceOf(java.util.concurrent.CancellationException.class);
    }
  }
}

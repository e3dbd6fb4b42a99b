package io.hfmine.datasets.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OrderedCallsTest {
  private static final List<Integer> ITEMS = IntStream.rangeClosed(1, 12).boxed().toList();

  /** Answers "n=even?" for item n, cannot answer item 7, and records the threads it ran on. */
  private static Function<Integer, String> answering(Set<String> threads, Runnable arrive) {
    return n -> {
      threads.add(Thread.currentThread().getName());
      arrive.run();
      if (n == 7) {
        throw new ChatException("item 7: the model answered out of format 3 times");
      }
      return n + "=" + (n % 2 == 0);
    };
  }

  private static List<String> outcomes(OrderedCalls<Integer, String> calls) {
    List<String> seen = new ArrayList<>();
    calls.start(ITEMS);
    for (int i = 0; i < ITEMS.size(); i++) {
      try {
        seen.add(calls.outcome(i));
      } catch (ChatException e) {
        seen.add(e.getMessage());
      }
    }
    return seen;
  }

  @Test
  void fourAtOnceGiveTheOutcomesOfOneAfterTheOtherInTheSameOrder() {
    Set<String> sequentialThreads = ConcurrentHashMap.newKeySet();
    Set<String> fourThreads = ConcurrentHashMap.newKeySet();
    // Each of the first four calls waits until all four have started: they must run side by side.
    CountDownLatch started = new CountDownLatch(4);
    Runnable waitForFour = () -> {
      started.countDown();
      try {
        assertThat(started.await(10, TimeUnit.SECONDS)).as("four calls at once").isTrue();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    };

    List<String> oneByOne;
    try (OrderedCalls<Integer, String> calls = new OrderedCalls<>(1, answering(sequentialThreads, () -> { }))) {
      oneByOne = outcomes(calls);
    }
    List<String> atOnce;
    try (OrderedCalls<Integer, String> calls = new OrderedCalls<>(4, answering(fourThreads, waitForFour))) {
      atOnce = outcomes(calls);
    }

    assertThat(atOnce).isEqualTo(oneByOne).hasSize(12).startsWith("1=false", "2=true")
        .contains("item 7: the model answered out of format 3 times");
    assertThat(sequentialThreads).containsExactly(Thread.currentThread().getName());
    assertThat(fourThreads).hasSize(4).allMatch(name -> name.startsWith("ask-"));
  }

  @Test
  void whatIsNotAskedForAfterAStopIsGivenUp() {
    CountDownLatch never = new CountDownLatch(1);
    Runnable stuck = () -> {
      try {
        never.await();
      } catch (InterruptedException e) {
        throw new ChatException("interrupted");
      }
    };
    try (OrderedCalls<Integer, String> calls = new OrderedCalls<>(2, answering(ConcurrentHashMap.newKeySet(), stuck))) {
      calls.start(ITEMS);

      calls.cancelRest();

      assertThatThrownBy(() -> calls.outcome(0)).isInstanceOf(CancellationException.class);
    }
  }
}

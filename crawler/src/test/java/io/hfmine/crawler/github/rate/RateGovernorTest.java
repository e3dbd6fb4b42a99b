package io.hfmine.crawler.github.rate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RateGovernorTest {
  private static final Instant T0 = Instant.parse("2026-01-05T10:00:00Z");

  @Test
  void letsTheFirstRequestGoAtOnce() throws Exception {
    RateGovernor governor = new RateGovernor(new BucketLimits(10, 60, 0, true));
    assertThat(governor.delay(T0)).isZero();
  }

  @Test
  void pacedBucketSpreadsTheRemainingBudgetToTheReset() throws Exception {
    SimulatedClock clock = new SimulatedClock(T0);
    RateGovernor governor = new RateGovernor(new BucketLimits(10, 60, 0, true));
    governor.observe(10, 10, T0.plusSeconds(60));
    governor.acquire(clock);
    // 9 left over 60 s: the next may go in 60/10 s, so the ninth lands before the reset.
    assertThat(governor.delay(clock.now())).isEqualTo(Duration.ofSeconds(6));
  }

  @Test
  void waitsForTheResetWhenTheHeadersSayNothingIsLeft() throws Exception {
    RateGovernor governor = new RateGovernor(new BucketLimits(5000, 3600, 0, false));
    governor.observe(5000, 0, T0.plusSeconds(1200));
    assertThat(governor.delay(T0)).isEqualTo(Duration.ofSeconds(1201));
  }

  @Test
  void spendsAnUnpacedBudgetWithOnlyTheMinimumSpacing() throws Exception {
    SimulatedClock clock = new SimulatedClock(T0);
    RateGovernor governor = new RateGovernor(new BucketLimits(5000, 3600, 70, false));
    governor.observe(5000, 4000, T0.plusSeconds(3000));
    governor.acquire(clock);
    assertThat(governor.delay(clock.now())).isEqualTo(Duration.ofMillis(70));
  }

  @Test
  void neverExceedsTheBudgetWithinAWindow() throws Exception {
    SimulatedClock clock = new SimulatedClock(T0);
    RateGovernor governor = new RateGovernor(new BucketLimits(10, 60, 0, true));
    governor.observe(10, 10, T0.plusSeconds(60));
    for (int i = 0; i < 10; i++) {
      governor.acquire(clock);
    }
    assertThat(clock.now()).isBefore(T0.plusSeconds(60));
    governor.acquire(clock);
    assertThat(clock.now()).isAfterOrEqualTo(T0.plusSeconds(60));
  }

  @Test
  void ignoresHeadersOfAnOlderWindow() throws Exception {
    RateGovernor governor = new RateGovernor(new BucketLimits(10, 60, 0, true));
    governor.observe(10, 8, T0.plusSeconds(120));
    governor.observe(10, 0, T0.plusSeconds(60));
    assertThat(governor.remaining()).isEqualTo(8);
  }

  @Test
  void keepsTheLowerCountWhenHeadersOfOneWindowArriveOutOfOrder() throws Exception {
    RateGovernor governor = new RateGovernor(new BucketLimits(10, 60, 0, true));
    governor.observe(10, 4, T0.plusSeconds(60));
    governor.observe(10, 6, T0.plusSeconds(60));
    assertThat(governor.remaining()).isEqualTo(4);
  }

  @Test
  void roundRobinSkipsATokenThatMustWait() throws Exception {
    TokenPool pool = new TokenPool(List.of("tok-aaaaaaaa", "tok-bbbbbbbb"),
        java.util.Map.of(Bucket.CORE, new BucketLimits(5000, 3600, 0, false),
            Bucket.SEARCH, new BucketLimits(30, 60, 0, true),
            Bucket.CODE_SEARCH, new BucketLimits(10, 60, 0, true)));
    pool.slots().get(0).governor(Bucket.CORE).observe(5000, 0, T0.plusSeconds(600));
    assertThat(pool.choose(Bucket.CORE, T0).index()).isEqualTo(1);
    assertThat(pool.choose(Bucket.CORE, T0).index()).isEqualTo(1);
    assertThat(pool.choose(Bucket.SEARCH, T0).index()).isEqualTo(0);
  }

  @Test
  void aRequestWaitingForTheResetDoesNotHoldUpOtherThreads() throws Exception {
    CountDownLatch sleeping = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    WallClock blocking = new WallClock() {
      @Override public Instant now() {
        return release.getCount() == 0 ? T0.plusSeconds(3600) : T0;
      }

      @Override public void sleep(Duration duration) {
        sleeping.countDown();
        try {
          release.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    };
    RateGovernor governor = new RateGovernor(new BucketLimits(5000, 3600, 0, false));
    governor.observe(5000, 0, T0.plusSeconds(600));
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      Future<Instant> waiting = threads.submit(() -> governor.acquire(blocking));
      assertThat(sleeping.await(10, TimeUnit.SECONDS)).isTrue();
      Future<Duration> other = threads.submit(() -> governor.delay(T0));
      assertThat(other.get(10, TimeUnit.SECONDS)).isEqualTo(Duration.ofSeconds(601));
      release.countDown();
      assertThat(waiting.get(10, TimeUnit.SECONDS)).isEqualTo(T0.plusSeconds(3600));
    } finally {
      release.countDown();
      threads.shutdownNow();
    }
  }

  @Test
  void threadsSharingAGovernorAreStillSpacedByItsInterval() throws Exception {
    RateGovernor governor = new RateGovernor(new BucketLimits(5000, 3600, 20, false));
    WallClock clock = WallClock.system();
    ExecutorService threads = Executors.newFixedThreadPool(4);
    List<Future<Instant>> grants = new ArrayList<>();
    try {
      for (int i = 0; i < 16; i++) {
        grants.add(threads.submit(() -> governor.acquire(clock)));
      }
      List<Instant> times = new ArrayList<>();
      for (Future<Instant> grant : grants) {
        times.add(grant.get(30, TimeUnit.SECONDS));
      }
      Collections.sort(times);
      for (int i = 1; i < times.size(); i++) {
        assertThat(Duration.between(times.get(i - 1), times.get(i))).isGreaterThanOrEqualTo(Duration.ofMillis(20));
      }
      assertThat(governor.granted()).isEqualTo(16);
    } finally {
      threads.shutdownNow();
    }
  }
}

package io.hfmine.crawler.github.rate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
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
    TokenPool pool = new TokenPool(java.util.List.of("tok-aaaaaaaa", "tok-bbbbbbbb"),
        java.util.Map.of(Bucket.CORE, new BucketLimits(5000, 3600, 0, false),
            Bucket.SEARCH, new BucketLimits(30, 60, 0, true),
            Bucket.CODE_SEARCH, new BucketLimits(10, 60, 0, true)));
    pool.slots().get(0).governor(Bucket.CORE).observe(5000, 0, T0.plusSeconds(600));
    assertThat(pool.choose(Bucket.CORE, T0).index()).isEqualTo(1);
    assertThat(pool.choose(Bucket.CORE, T0).index()).isEqualTo(1);
    assertThat(pool.choose(Bucket.SEARCH, T0).index()).isEqualTo(0);
  }
}

package io.hfmine.crawler.http.retry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
  private static final Instant NOW = Instant.parse("2026-01-05T10:00:00Z");
  private final RetryPolicy policy = new RetryPolicy(10, Duration.ofSeconds(1), Duration.ofSeconds(5),
      Duration.ofSeconds(60), Duration.ofSeconds(900), 3);

  @Test
  void doublesTheBackoffUpToTheCap() {
    assertThat(policy.backoff(1)).isEqualTo(Duration.ofSeconds(1));
    assertThat(policy.backoff(2)).isEqualTo(Duration.ofSeconds(2));
    assertThat(policy.backoff(3)).isEqualTo(Duration.ofSeconds(4));
    assertThat(policy.backoff(4)).isEqualTo(Duration.ofSeconds(5));
    assertThat(policy.backoff(9)).isEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void transportFailuresAndServerErrorsShareTheBackoff() {
    assertThat(policy.waitAfter(new Verdict(Verdict.Kind.TRANSPORT, null), 2, NOW)).isEqualTo(Duration.ofSeconds(2));
    assertThat(policy.waitAfter(Verdict.SERVER_ERROR, 2, NOW)).isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void aRateLimitWaitsRetryAfterInSecondsOrAsADate() {
    assertThat(policy.waitAfter(Verdict.limited("30"), 1, NOW)).isEqualTo(Duration.ofSeconds(30));
    assertThat(policy.waitAfter(Verdict.limited("Mon, 05 Jan 2026 10:01:30 GMT"), 1, NOW))
        .isEqualTo(Duration.ofSeconds(90));
  }

  @Test
  void aRateLimitWithoutRetryAfterWaitsTheLimitBackoffDoubling() {
    assertThat(policy.waitAfter(Verdict.limited(null), 1, NOW)).isEqualTo(Duration.ofSeconds(60));
    assertThat(policy.waitAfter(Verdict.limited("soon"), 2, NOW)).isEqualTo(Duration.ofSeconds(120));
    assertThat(policy.waitAfter(Verdict.limited(null), 10, NOW)).isEqualTo(Duration.ofSeconds(900));
  }

  @Test
  void aLimitTheGovernorHoldsIsAskedAgainAtOnce() {
    assertThat(policy.waitAfter(Verdict.RETRY_NOW, 1, NOW)).isZero();
  }
}

package io.hfmine.crawler.hf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HfRetryInterceptorTest {
  @Test
  void doublesTheBackoffUpToTheCap() {
    HfRetryInterceptor retry = new HfRetryInterceptor(new FakeSleeper(), 10, 1_000, 5_000);

    assertThat(retry.backoff(1)).isEqualTo(1_000);
    assertThat(retry.backoff(2)).isEqualTo(2_000);
    assertThat(retry.backoff(3)).isEqualTo(4_000);
    assertThat(retry.backoff(4)).isEqualTo(5_000);
    assertThat(retry.backoff(9)).isEqualTo(5_000);
  }

  @Test
  void retriesRequestTimeoutAndServerErrorsOnly() {
    assertThat(HfRetryInterceptor.retryable(408)).isTrue();
    assertThat(HfRetryInterceptor.retryable(502)).isTrue();
    assertThat(HfRetryInterceptor.retryable(404)).isFalse();
    assertThat(HfRetryInterceptor.retryable(429)).isFalse();
  }
}

package io.hfmine.crawler.hf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RateLimitHeaderTest {
  @Test
  void readsBucketRemainingAndResetOfTheHubsHeader() {
    assertThat(RateLimitHeader.parse("\"api\";r=489;t=165"))
        .contains(new RateLimitHeader("api", 489, 165));
  }

  @Test
  void readsQuotaAndWindowOfThePolicySkippingThePolicyKind() {
    assertThat(RateLimitHeader.parsePolicy("\"fixed window\";\"resolvers\";q=3000;w=300"))
        .contains(new RateLimitHeader.Policy("resolvers", 3000, 300));
  }

  @Test
  void ignoresHeadersWithoutRemainingOrReset() {
    assertThat(RateLimitHeader.parse("\"api\";r=abc")).isEmpty();
    assertThat(RateLimitHeader.parse(null)).isEmpty();
  }
}

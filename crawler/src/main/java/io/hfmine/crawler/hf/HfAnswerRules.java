package io.hfmine.crawler.hf;

import io.hfmine.crawler.http.retry.AnswerRules;
import io.hfmine.crawler.http.retry.Verdict;
import okhttp3.Response;

/**
 * How the Hub signals what is worth asking again: 408 and 5xx back off; a 429 that announces
 * its window ({@code RateLimit: "api";r=0;t=42}) is asked again at once, because the
 * {@link HfRateGovernor} below the retry has read the reset and holds the request until then; a
 * 429 without it waits {@code Retry-After}, else a whole window.
 */
final class HfAnswerRules implements AnswerRules {
  @Override
  public Verdict judge(Response response, byte[] body) {
    if (response.code() == 429) {
      return RateLimitHeader.parse(response.header("RateLimit")).isPresent()
          ? Verdict.RETRY_NOW
          : Verdict.limited(response.header("Retry-After"));
    }
    return AnswerRules.SERVER_ERRORS.judge(response, body);
  }
}

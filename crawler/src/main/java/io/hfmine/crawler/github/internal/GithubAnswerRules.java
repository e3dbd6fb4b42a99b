package io.hfmine.crawler.github.internal;

import io.hfmine.crawler.http.retry.AnswerRules;
import io.hfmine.crawler.http.retry.Verdict;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import okhttp3.Response;

/**
 * How GitHub signals what is worth asking again.
 *
 * <p>Secondary limits are a 429, or a 403 with {@code Retry-After} or GitHub's "secondary rate
 * limit" message: wait {@code Retry-After}, else the policy's limit backoff. A primary limit (403
 * or 429 with {@code X-RateLimit-Remaining: 0}) is asked again at once, since the governor has
 * seen the headers and holds the request until the reset. 5xx answers back off. Anything else,
 * including a 403 for missing permissions, is final.
 */
public final class GithubAnswerRules implements AnswerRules {
  @Override
  public Verdict judge(Response response, byte[] body) {
    String start = new String(body, 0, Math.min(body.length, 2048), StandardCharsets.UTF_8);
    return classify(response.code(), response.header("Retry-After"), response.header("X-RateLimit-Remaining"), start);
  }

  /** The verdict from an answer's status, headers and the start of its body. */
  static Verdict classify(int status, String retryAfter, String rateRemaining, String body) {
    if (status >= 500) {
      return Verdict.SERVER_ERROR;
    }
    if (status != 403 && status != 429) {
      return Verdict.FINAL;
    }
    String text = body == null ? "" : body.toLowerCase(Locale.ROOT);
    if (retryAfter != null || text.contains("secondary rate limit") || text.contains("abuse detection")) {
      return Verdict.limited(retryAfter);
    }
    if ("0".equals(rateRemaining == null ? null : rateRemaining.strip())) {
      return Verdict.RETRY_NOW;
    }
    return status == 429 ? Verdict.limited(null) : Verdict.FINAL;
  }
}

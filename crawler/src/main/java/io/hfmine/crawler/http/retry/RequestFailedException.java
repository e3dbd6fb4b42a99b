package io.hfmine.crawler.http.retry;

import java.io.IOException;

/**
 * A request that got no usable answer after every attempt the policy allows; the message names
 * the method, the URL (secrets masked), the number of attempts and the last problem.
 */
public final class RequestFailedException extends IOException {
  private final String url;
  private final int attempts;

  public RequestFailedException(String method, String safeUrl, int attempts, String lastProblem, Throwable cause) {
    super(method + " " + safeUrl + " failed after " + attempts + " attempt" + (attempts == 1 ? "" : "s") + ": "
        + lastProblem, cause);
    this.url = safeUrl;
    this.attempts = attempts;
  }

  /** The URL, secrets masked. */
  public String url() {
    return url;
  }

  public int attempts() {
    return attempts;
  }
}

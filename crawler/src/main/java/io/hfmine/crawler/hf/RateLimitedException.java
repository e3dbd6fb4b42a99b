package io.hfmine.crawler.hf;

/** The Hub kept answering 429 for a bucket; {@code secondsToReset} is what it last announced. */
public final class RateLimitedException extends HubException {
  private final String bucket;
  private final long secondsToReset;

  public RateLimitedException(String bucket, long secondsToReset, String url, int waits) {
    super("HF rate limit of bucket '" + bucket + "' still exhausted after " + waits + " wait(s) for " + url
        + "; the window resets in " + secondsToReset + " s (set HF_TOKEN for a larger quota)");
    this.bucket = bucket;
    this.secondsToReset = secondsToReset;
  }

  public String bucket() {
    return bucket;
  }

  public long secondsToReset() {
    return secondsToReset;
  }
}

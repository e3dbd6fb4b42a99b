package io.hfmine.crawler.github.rate;

import java.util.EnumMap;
import java.util.Map;

/**
 * One credential (or anonymous access) with a governor per bucket. Its {@link #toString()} shows
 * only its position, so a slot can be logged; the token itself never leaves {@link #token()}.
 */
public final class TokenSlot {
  private final int index;
  private final String token;
  private final Map<Bucket, RateGovernor> governors = new EnumMap<>(Bucket.class);

  public TokenSlot(int index, String token, Map<Bucket, BucketLimits> limits) {
    this.index = index;
    this.token = token;
    limits.forEach((bucket, bucketLimits) -> governors.put(bucket, new RateGovernor(bucketLimits)));
  }

  public int index() {
    return index;
  }

  /** The token, or null for anonymous access. */
  public String token() {
    return token;
  }

  public RateGovernor governor(Bucket bucket) {
    return governors.get(bucket);
  }

  @Override
  public String toString() {
    return token == null ? "anonymous" : "token #" + (index + 1);
  }
}

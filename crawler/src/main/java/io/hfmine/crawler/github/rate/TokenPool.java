package io.hfmine.crawler.github.rate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The tokens of a run ({@code GITHUB_TOKENS}, else {@code GITHUB_TOKEN}, else anonymous), used
 * round-robin; a token whose bucket must wait is passed over for one that may go sooner.
 */
public final class TokenPool {
  private final List<TokenSlot> slots = new ArrayList<>();
  private int next;

  public TokenPool(List<String> tokens, Map<Bucket, BucketLimits> limits) {
    if (tokens.isEmpty()) {
      slots.add(new TokenSlot(0, null, limits));
    }
    for (int i = 0; i < tokens.size(); i++) {
      slots.add(new TokenSlot(i, tokens.get(i), limits));
    }
  }

  public List<TokenSlot> slots() {
    return List.copyOf(slots);
  }

  /** The slot for the next request on {@code bucket}: the soonest ready, ties in round-robin order. */
  public synchronized TokenSlot choose(Bucket bucket, Instant now) {
    TokenSlot best = null;
    Duration bestDelay = null;
    for (int i = 0; i < slots.size(); i++) {
      TokenSlot slot = slots.get((next + i) % slots.size());
      Duration delay = slot.governor(bucket).delay(now);
      if (bestDelay == null || delay.compareTo(bestDelay) < 0) {
        best = slot;
        bestDelay = delay;
      }
    }
    next = (slots.indexOf(best) + 1) % slots.size();
    return best;
  }

  /** The next slot in plain rotation, for requests that draw from no bucket. */
  public synchronized TokenSlot rotate() {
    TokenSlot slot = slots.get(next);
    next = (next + 1) % slots.size();
    return slot;
  }
}

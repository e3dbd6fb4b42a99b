package io.hfmine.devtools.sample;

import java.time.Instant;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

/** GitHub-like numeric ids that grow with time and never repeat within the sample. */
final class IdAllocator {
  private static final long EPOCH = Instant.parse("2022-01-01T00:00:00Z").getEpochSecond();
  private final Set<Long> used = new HashSet<>();

  long issueId(Instant at, Random random) {
    return unique(1_090_000_000L + daysSince(at) * 1_450_000L + random.nextInt(1_400_000));
  }

  long commentId(Instant at, Random random) {
    return unique(1_000_000_000L + daysSince(at) * 2_100_000L + random.nextInt(2_000_000));
  }

  private static long daysSince(Instant at) {
    return Math.max(0, (at.getEpochSecond() - EPOCH) / 86_400);
  }

  private long unique(long candidate) {
    long id = candidate;
    while (!used.add(id)) {
      id++;
    }
    return id;
  }
}

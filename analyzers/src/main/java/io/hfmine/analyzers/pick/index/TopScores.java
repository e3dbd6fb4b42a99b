package io.hfmine.analyzers.pick.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/** Keeps the {@code n} best scores seen; ties go to the lower ordinal, so rankings are reproducible. */
public final class TopScores {
  private static final Comparator<Scored> WORST_FIRST = Comparator.comparingDouble(Scored::score)
      .thenComparing(Comparator.comparingInt(Scored::ordinal).reversed());

  private final int n;
  private final PriorityQueue<Scored> heap;

  public TopScores(int n) {
    this.n = n;
    this.heap = new PriorityQueue<>(Math.max(1, n), WORST_FIRST);
  }

  public void offer(int ordinal, double score) {
    if (n <= 0) {
      return;
    }
    if (heap.size() < n) {
      heap.add(new Scored(ordinal, score));
    } else if (beatsWorst(ordinal, score)) {
      heap.poll();
      heap.add(new Scored(ordinal, score));
    }
  }

  /** Whether {@code n} scores are held, so a newcomer must beat {@link #worst()} to enter. */
  public boolean full() {
    return n > 0 && heap.size() >= n;
  }

  /** The lowest score held (negative infinity while none is). */
  public double worst() {
    return heap.isEmpty() ? Double.NEGATIVE_INFINITY : heap.peek().score();
  }

  // Compared on the primitives: a scan offers every model, and most offers lose.
  private boolean beatsWorst(int ordinal, double score) {
    Scored worst = heap.peek();
    return score > worst.score() || score == worst.score() && ordinal < worst.ordinal();
  }

  public void addAll(TopScores other) {
    other.heap.forEach(scored -> offer(scored.ordinal(), scored.score()));
  }

  /** Best first. */
  public List<Scored> ranked() {
    List<Scored> ranked = new ArrayList<>(heap);
    ranked.sort(WORST_FIRST.reversed());
    return ranked;
  }
}

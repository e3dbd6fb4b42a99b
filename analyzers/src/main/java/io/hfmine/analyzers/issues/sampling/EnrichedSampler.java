package io.hfmine.analyzers.issues.sampling;

import io.hfmine.analyzers.issues.IssueText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Draws a PTM-enriched sample the way the shipped labelled set's rounds were drawn: each stratum
 * by itself, at random, with at most a cap of issues per repository, from candidates the caller
 * has already cut down (issues labelled before left out). Pure: the same candidates, design and
 * seed give the same sample whatever the candidates' order.
 *
 * <p>Within a stratum the candidates are shuffled once and taken in that order, skipping an issue
 * whose repository has reached its cap: every admissible set is equally likely to start the
 * order, and a larger target with the same seed only adds issues. A stratum that cannot fill its
 * target (too few candidates, or the caps allow fewer) is drawn whole as far as it goes and
 * reported short; the other stratum does not fill in for it, since that would change the design.
 */
public final class EnrichedSampler {
  /** A candidate issue and its stratum. */
  public record Candidate(IssueText issue, Stratum stratum) {
  }

  /**
   * One stratum's draw: its candidates and their repositories, the target, the cap, how many the
   * caps admit at most ({@code capacity}) and the issues drawn.
   */
  public record StratumDraw(Stratum stratum, int candidates, int repositories, int target, int cap, int capacity,
      List<IssueText> drawn) {
    public StratumDraw {
      drawn = List.copyOf(drawn);
    }

    /** Why fewer than the target were drawn: {@code null} when none are missing. */
    public String shortfall() {
      if (drawn.size() >= target) {
        return null;
      }
      return candidates < target ? String.format(Locale.ROOT, "only %,d candidates", candidates)
          : String.format(Locale.ROOT, "the cap of %,d per repository admits only %,d of %,d candidates", cap, capacity,
              candidates);
    }
  }

  /** The drawn issues in the order the sheet lists them (strata mixed) and each stratum's draw. */
  public record Sample(List<Candidate> issues, Map<Stratum, StratumDraw> strata) {
    public Sample {
      issues = List.copyOf(issues);
      strata = Collections.unmodifiableMap(new EnumMap<>(strata));
    }
  }

  private EnrichedSampler() {
  }

  public static Sample sample(List<Candidate> candidates, EnrichmentDesign design, long seed) {
    // One seed gives each stratum its own stream, so one stratum's target never changes the other's draw.
    Random seeds = new Random(seed);
    Map<Stratum, Long> streams = new EnumMap<>(Stratum.class);
    for (Stratum stratum : Stratum.values()) {
      streams.put(stratum, seeds.nextLong());
    }
    Random order = new Random(seeds.nextLong());
    Map<Stratum, StratumDraw> strata = new EnumMap<>(Stratum.class);
    List<Candidate> drawn = new ArrayList<>();
    for (Stratum stratum : Stratum.values()) {
      List<IssueText> pool = candidates.stream().filter(c -> c.stratum() == stratum).map(Candidate::issue)
          .sorted(Comparator.comparing(IssueText::id)).toList();
      StratumDraw draw = draw(stratum, pool, design.target(stratum), design.cap(stratum), new Random(streams.get(stratum)));
      strata.put(stratum, draw);
      draw.drawn().forEach(issue -> drawn.add(new Candidate(issue, stratum)));
    }
    // Annotators see the strata mixed: a block of prescreened issues would tell them which is which.
    drawn.sort(Comparator.comparing(c -> c.issue().id()));
    Collections.shuffle(drawn, order);
    return new Sample(drawn, strata);
  }

  private static StratumDraw draw(Stratum stratum, List<IssueText> pool, int target, int cap, Random random) {
    Map<String, Integer> perRepository = new HashMap<>();
    pool.forEach(issue -> perRepository.merge(issue.id().repository(), 1, Integer::sum));
    int capacity = perRepository.values().stream().mapToInt(n -> Math.min(n, cap)).sum();
    List<IssueText> shuffled = new ArrayList<>(pool);
    Collections.shuffle(shuffled, random);
    Map<String, Integer> taken = new HashMap<>();
    List<IssueText> drawn = new ArrayList<>();
    for (IssueText issue : shuffled) {
      if (drawn.size() == target) {
        break;
      }
      if (taken.merge(issue.id().repository(), 1, Integer::sum) <= cap) {
        drawn.add(issue);
      }
    }
    return new StratumDraw(stratum, pool.size(), perRepository.size(), target, cap, capacity, drawn);
  }
}

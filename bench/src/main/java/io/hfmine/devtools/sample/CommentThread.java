package io.hfmine.devtools.sample;

import io.hfmine.devtools.sample.SampleSources.SubTheme;
import io.hfmine.devtools.sample.SampleSources.TemplateBook;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The conversation under one issue: a maintainer asks or answers, the reporter (or someone
 * with the same problem) follows up, and a closed issue ends with the maintainer's fix or a
 * closing note. A reopened issue carries the reporter's "reopening" comment.
 */
final class CommentThread {
  /** One comment: who wrote it, whether a maintainer did, what and when. */
  record Line(String author, boolean maintainer, String text, Instant at) {
  }

  private final TemplateBook book;
  private final TemplateFiller filler;
  private final Random random;
  private final List<String> maintainers;
  private final String reporter;

  CommentThread(TemplateBook book, TemplateFiller filler, Random random, List<String> maintainers, String reporter) {
    this.book = book;
    this.filler = filler;
    this.random = random;
    this.maintainers = maintainers;
    this.reporter = reporter;
  }

  List<Line> lines(Instant created, Instant closedAt, boolean notPlanned, boolean reopened, Instant crawlTime,
      SubTheme kind) {
    int count = count(created, closedAt);
    if (reopened) {
      count = Math.max(count, 3);
    }
    Instant end = closedAt != null ? closedAt
        : min(crawlTime.minusSeconds(3600), created.plus(Duration.ofDays(2 + random.nextInt(120))));
    List<Instant> times = times(created, end, count);
    List<Line> lines = new ArrayList<>();
    String maintainer = IssueSynthesizer.pick(maintainers, random);
    for (int i = 0; i < count; i++) {
      boolean last = i == count - 1;
      Instant at = times.get(i);
      if (reopened && closedAt == null && last) {
        lines.add(new Line(reporter, false, filler.fill(pick(book.comments().reopen())), at));
      } else if (reopened && closedAt != null && i == count - 2) {
        lines.add(new Line(reporter, false, filler.fill(pick(book.comments().reopen())), at));
      } else if (last && closedAt != null) {
        String text = notPlanned ? pick(book.comments().closing()) : pick(kind.replies());
        lines.add(new Line(maintainer, true, filler.fill(text), closedAt.minusSeconds(4 + random.nextInt(90))));
      } else if (i % 2 == 0) {
        boolean ask = i == 0 && random.nextBoolean() || reopened && i == count - 2;
        String text = ask ? pick(book.comments().maintainerAsks()) : pick(kind.replies());
        lines.add(new Line(maintainer, true, filler.fill(text), at));
      } else {
        lines.add(new Line(reporter, false, filler.fill(pick(book.comments().reporterFollowups())), at));
      }
    }
    lines.sort((a, b) -> a.at().compareTo(b.at()));
    return lines;
  }

  private int count(Instant created, Instant closedAt) {
    if (closedAt == null) {
      return random.nextInt(4);
    }
    long days = Duration.between(created, closedAt).toDays();
    if (days < 1) {
      return random.nextInt(3);
    }
    return 1 + random.nextInt(days > 30 ? 4 : 2);
  }

  private List<Instant> times(Instant from, Instant to, int count) {
    long span = Math.max(60, to.getEpochSecond() - from.getEpochSecond());
    List<Instant> times = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      // Most talk happens early: the first reply comes soon, later ones thin out.
      double u = Math.pow(random.nextDouble(), 1.6);
      times.add(from.plusSeconds(30 + (long) ((span - 60) * u)));
    }
    times.sort(null);
    return times;
  }

  private String pick(List<String> options) {
    return IssueSynthesizer.pick(options, random);
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }
}

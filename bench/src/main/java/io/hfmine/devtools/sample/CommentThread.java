package io.hfmine.devtools.sample;

import io.hfmine.devtools.sample.SampleSources.CommentTemplates;
import io.hfmine.devtools.sample.SampleSources.Variant;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The conversation under one issue. While a problem is open, maintainers ask for details and
 * reporters add their environment or a "+1"; a fixed issue ends with the maintainer's answer
 * (sometimes followed by the reporter's thanks), a not-planned one with a closing note, and a
 * reopened one carries the reporter's "reopening" comment after the first fix.
 */
final class CommentThread {
  /** One comment: who wrote it, whether a maintainer did, what and when. */
  record Line(String author, boolean maintainer, String text, Instant at) {
  }

  /** How the issue ended, which decides the shape of its conversation. */
  enum Outcome { FIXED, NOT_PLANNED, OPEN }

  private final CommentTemplates say;
  private final TemplateFiller filler;
  private final Random random;
  private final String maintainer;
  private final String reporter;
  private final PeoplePool people;

  CommentThread(CommentTemplates say, TemplateFiller filler, Random random, String maintainer, String reporter,
      PeoplePool people) {
    this.say = say;
    this.filler = filler;
    this.random = random;
    this.maintainer = maintainer;
    this.reporter = reporter;
    this.people = people;
  }

  List<Line> lines(Instant created, Instant closedAt, Outcome outcome, boolean reopened, Instant crawlTime,
      Variant variant, boolean bug) {
    List<String[]> script = script(outcome, reopened, count(created, closedAt), variant, bug);
    Instant end = closedAt != null ? closedAt
        : min(crawlTime.minusSeconds(3600), created.plus(Duration.ofDays(2 + random.nextInt(120))));
    List<Instant> times = times(created, end.minusSeconds(100), script.size());
    if (closedAt != null && !script.isEmpty()) {
      times.set(times.size() - 1, closedAt.minusSeconds(4 + random.nextInt(90)));
    }
    List<Line> lines = new ArrayList<>();
    for (int i = 0; i < script.size(); i++) {
      String who = script.get(i)[0];
      String author = switch (who) {
        case "M" -> maintainer;
        case "R" -> reporter;
        default -> otherThan(reporter);
      };
      lines.add(new Line(author, who.equals("M"), filler.fill(script.get(i)[1]), times.get(i)));
    }
    return lines;
  }

  /** Who says what, in order: M maintainer, R reporter, O someone else affected. */
  private List<String[]> script(Outcome outcome, boolean reopened, int count, Variant variant, boolean bug) {
    List<String[]> script = new ArrayList<>();
    if (count == 0 && !reopened) {
      // Closed by a commit ("Fixes #12") or never answered.
      return script;
    }
    int tail = switch (outcome) {
      case FIXED -> reopened ? 3 : 1;
      case NOT_PLANNED -> 1;
      case OPEN -> reopened ? 2 : 0;
    };
    boolean thanks = outcome == Outcome.FIXED && !reopened && count >= 3 && random.nextBoolean();
    int middle = Math.max(0, count - tail - (thanks ? 1 : 0));
    for (int i = 0; i < middle; i++) {
      if (i % 2 == 0) {
        if (!bug) {
          script.add(line("M", say.maintainerPending()));
        } else {
          boolean pending = outcome == Outcome.OPEN && i > 0;
          script.add(line("M", pending ? say.maintainerPendingBug() : say.maintainerAsks()));
        }
      } else if (random.nextInt(3) == 0) {
        script.add(line("O", bug ? say.othersAffected() : say.othersInterested()));
      } else {
        script.add(line("R", say.reporterUnresolved()));
      }
    }
    switch (outcome) {
      case FIXED -> {
        script.add(line("M", variant.replies()));
        if (reopened) {
          script.add(line("R", say.reopen()));
          script.add(line("M", say.refix()));
        }
        if (thanks) {
          script.add(line("R", say.reporterResolved()));
        }
      }
      case NOT_PLANNED -> script.add(line("M", bug ? say.closingNotPlannedBug() : say.closingNotPlannedRequest()));
      case OPEN -> {
        if (reopened) {
          script.add(line("M", variant.replies()));
          script.add(line("R", say.reopen()));
        }
      }
    }
    return script;
  }

  private String[] line(String who, List<String> options) {
    return new String[] {who, IssueSynthesizer.pick(options, random)};
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
      times.add(from.plusSeconds(30 + (long) ((span - 30) * u)));
    }
    times.sort(null);
    return times;
  }

  private String otherThan(String login) {
    String other = people.reporter(random);
    return other.equals(login) ? people.reporter(random) : other;
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }
}

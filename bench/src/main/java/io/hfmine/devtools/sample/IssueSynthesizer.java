package io.hfmine.devtools.sample;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hfmine.devtools.sample.SampleSources.IssuePlan;
import io.hfmine.devtools.sample.SampleSources.RepositoryRow;
import io.hfmine.devtools.sample.SampleSources.SubTheme;
import io.hfmine.devtools.sample.SampleSources.TemplateBook;
import io.hfmine.devtools.sample.SampleSources.Variant;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/** Generates the issues and pull requests of one downstream project from the templates. */
final class IssueSynthesizer {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final double SECOND_CHALLENGE_SHARE = 0.08;
  private static final double REOPENED_SHARE = 0.05;
  private static final double NOT_PLANNED_SHARE = 0.12;

  private final TemplateBook book;
  private final PeoplePool people;
  private final IdAllocator ids;
  private final Instant crawlTime;
  /** Reports already given to the current project (identity: variants are loaded once). */
  private final Set<Variant> used = Collections.newSetFromMap(new IdentityHashMap<>());

  IssueSynthesizer(TemplateBook book, PeoplePool people, IdAllocator ids, Instant crawlTime) {
    this.book = book;
    this.people = people;
    this.ids = ids;
    this.crawlTime = crawlTime;
  }

  /** The issues of {@code row}; {@code required} are PTM sub-themes this project must cover once each. */
  List<SynthesizedIssue> synthesize(RepositoryRow row, List<SubTheme> required, Random random) {
    used.clear();
    IssuePlan plan = row.issues();
    int ptmCount = Math.max(required.size(), (int) Math.round(plan.count() * plan.ptmShare()));
    List<SubTheme> kinds = new ArrayList<>(required);
    while (kinds.size() < ptmCount) {
      kinds.add(weighted(book.ptm(), plan, random));
    }
    while (kinds.size() < plan.count()) {
      kinds.add(weighted(book.nonPtm(), plan, random));
    }
    List<SubTheme> items = new ArrayList<>(kinds);
    for (int i = 0; i < plan.pullRequests(); i++) {
      items.add(null);
    }
    Collections.shuffle(items, random);
    List<Instant> created = creationTimes(plan, items.size(), random);
    List<SynthesizedIssue> out = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      SubTheme kind = items.get(i);
      out.add(kind == null
          ? pullRequest(row, i + 1, created.get(i), random)
          : issue(row, i + 1, created.get(i), kind, random));
    }
    return out;
  }

  private List<Instant> creationTimes(IssuePlan plan, int count, Random random) {
    long start = LocalDate.parse(plan.start()).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    long end = crawlTime.minus(Duration.ofDays(4)).getEpochSecond();
    List<Instant> times = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      // Issues come in a little faster as a project grows.
      double u = Math.pow(random.nextDouble(), 0.9);
      times.add(Instant.ofEpochSecond(start + (long) ((end - start) * u)));
    }
    Collections.sort(times);
    return times;
  }

  private static SubTheme weighted(List<SubTheme> themes, IssuePlan plan, Random random) {
    int total = 0;
    for (SubTheme theme : themes) {
      total += eligible(theme, plan) ? theme.weight() : 0;
    }
    int pick = random.nextInt(total);
    for (SubTheme theme : themes) {
      if (!eligible(theme, plan)) {
        continue;
      }
      pick -= theme.weight();
      if (pick < 0) {
        return theme;
      }
    }
    throw new IllegalStateException("weights exhausted");
  }

  static boolean eligible(SubTheme theme, IssuePlan plan) {
    return !theme.variantsFor(plan).isEmpty();
  }

  private SynthesizedIssue issue(RepositoryRow row, int number, Instant created, SubTheme kind, Random random) {
    IssuePlan plan = row.issues();
    String model = pick(plan.models(), random);
    TemplateFiller filler = filler(row, model, random);
    Variant variant = freshVariant(kind, plan, random);
    String title = filler.fill(pick(variant.titles(), random));
    String body = filler.fill(variant.body());
    List<SubTheme> challenges = new ArrayList<>();
    if (kind.ptm()) {
      challenges.add(kind);
      // Only problem reports mention a second problem; a feature request stays on its feature.
      if (random.nextDouble() < SECOND_CHALLENGE_SHARE && !kind.kind().equals("enhancement")) {
        SubTheme second = weighted(book.ptm(), plan, random);
        if (!second.theme().equals(kind.theme())) {
          Variant other = pick(second.variantsFor(plan), random);
          body = body.stripTrailing() + "\n\nPossibly related: I also get \"" + filler.fill(pick(other.titles(), random)) + "\".";
          challenges.add(second);
        }
      }
    }
    String reporter = people.reporter(random);
    double openRate = kind.openRate() != null ? kind.openRate() : ResolutionModel.openRate(kind.ptm());
    boolean open = random.nextDouble() < openRate;
    Instant closedAt = null;
    if (!open) {
      Instant candidate = created.plus(ResolutionModel.timeToClose(random, kind.ptm(), kind.slownessOrOne()));
      if (candidate.isBefore(crawlTime)) {
        closedAt = candidate;
      }
    }
    boolean reopened = random.nextDouble() < REOPENED_SHARE;
    boolean notPlanned = closedAt != null && random.nextDouble()
        < (kind.kind().equals("bug") ? NOT_PLANNED_SHARE / 2 : NOT_PLANNED_SHARE * 2);
    CommentThread thread = new CommentThread(book.comments(), filler, random, pick(plan.maintainers(), random),
        reporter, people);
    CommentThread.Outcome outcome = closedAt == null ? CommentThread.Outcome.OPEN
        : notPlanned ? CommentThread.Outcome.NOT_PLANNED : CommentThread.Outcome.FIXED;
    List<CommentThread.Line> lines = thread.lines(created, closedAt, outcome, reopened, crawlTime, variant,
        kind.kind().equals("bug"));
    boolean reopenedAndOpen = reopened && closedAt == null;

    List<String> labels = labels(kind, notPlanned, closedAt, created, plan.labelRate(), random);
    ObjectNode issue = skeleton(row, number, created, title, reporter, labels, random);
    List<ObjectNode> comments = comments(row, number, lines, random);
    Instant updated = lastActivity(created, closedAt, lines).plusSeconds(closedAt != null ? 1 : 0);
    finish(issue, comments.size(), created, updated, closedAt, association(row, reporter), body);
    int plusOne = kind.ptm() && random.nextInt(3) == 0 ? 1 + random.nextInt(6) : 0;
    issue.set("reactions", RestShapes.reactions(issue.get("url").asText(), plusOne, 0, random.nextInt(12) == 0 ? 1 : 0));
    issue.put("timeline_url", issue.get("url").asText() + "/timeline");
    issue.putNull("performed_via_github_app");
    if (closedAt != null) {
      issue.put("state_reason", notPlanned ? "not_planned" : "completed");
    } else if (reopenedAndOpen) {
      issue.put("state_reason", "reopened");
    } else {
      issue.putNull("state_reason");
    }
    return new SynthesizedIssue(number, issue, comments, challenges);
  }

  /** A report the project has not had yet when there is one, so titles repeat only when a sub-theme runs out. */
  private Variant freshVariant(SubTheme kind, IssuePlan plan, Random random) {
    List<Variant> options = kind.variantsFor(plan);
    List<Variant> fresh = options.stream().filter(v -> !used.contains(v)).toList();
    Variant chosen = pick(fresh.isEmpty() ? options : fresh, random);
    used.add(chosen);
    return chosen;
  }

  private SynthesizedIssue pullRequest(RepositoryRow row, int number, Instant created, Random random) {
    TemplateFiller filler = filler(row, pick(row.issues().models(), random), random);
    boolean bot = random.nextInt(3) == 0;
    List<String> bumps = row.issues().runtimeOrPython().equals("jvm")
        ? book.pullRequests().jvmDependencyBumps() : book.pullRequests().dependencyBumps();
    String title = filler.fill(pick(bot ? bumps : book.pullRequests().titles(), random));
    String author = bot ? "dependabot[bot]" : random.nextBoolean() ? people.reporter(random)
        : pick(row.issues().maintainers(), random);
    String body = bot
        ? "Bumps the " + (bumps == book.pullRequests().dependencyBumps() ? "pip" : "maven") + " group with 1 update.\n\n---\n\nDependabot will resolve any conflicts with this PR as long as you don't alter it yourself."
        : filler.fill(pick(book.pullRequests().bodies(), random));
    boolean open = random.nextDouble() < 0.15;
    Instant closedAt = open ? null : created.plus(Duration.ofMinutes(20 + random.nextInt(60 * 24 * 12)));
    if (closedAt != null && closedAt.isAfter(crawlTime)) {
      closedAt = null;
    }
    boolean merged = closedAt != null && random.nextDouble() < 0.75;
    List<CommentThread.Line> lines = new ArrayList<>();
    if (!bot && random.nextBoolean()) {
      Instant at = closedAt != null ? closedAt.minusSeconds(30) : created.plus(Duration.ofHours(5));
      lines.add(new CommentThread.Line(pick(row.issues().maintainers(), random), true,
          merged ? "Thanks, merged!" : "Thanks for the PR! Could you add a test?", at));
    }
    ObjectNode issue = skeleton(row, number, created, title, author, bot ? List.of("dependencies") : List.of(), random);
    List<ObjectNode> comments = comments(row, number, lines, random);
    Instant updated = lastActivity(created, closedAt, lines).plusSeconds(closedAt != null ? 1 : 0);
    String association = bot ? "NONE" : association(row, author);
    finish(issue, comments.size(), created, updated, closedAt, association, null);
    String api = RestShapes.API + "/repos/" + row.fullName();
    String web = RestShapes.WEB + "/" + row.fullName() + "/pull/" + number;
    issue.put("draft", false);
    ObjectNode pr = issue.putObject("pull_request");
    pr.put("url", api + "/pulls/" + number);
    pr.put("html_url", web);
    pr.put("diff_url", web + ".diff");
    pr.put("patch_url", web + ".patch");
    pr.put("merged_at", merged ? iso(closedAt) : null);
    issue.put("body", body == null ? null : crlf(body));
    issue.set("reactions", RestShapes.reactions(issue.get("url").asText(), 0, 0, 0));
    issue.put("timeline_url", issue.get("url").asText() + "/timeline");
    issue.putNull("performed_via_github_app");
    issue.putNull("state_reason");
    if (bot) {
      issue.set("user", RestShapes.user(author, "Bot"));
    }
    return new SynthesizedIssue(number, issue, comments, null);
  }

  private TemplateFiller filler(RepositoryRow row, String model, Random random) {
    Map<String, String> fixed = new LinkedHashMap<>();
    fixed.put("project", row.name());
    fixed.put("model", model);
    fixed.put("model_short", model.substring(model.indexOf('/') + 1));
    fixed.put("model_class", book.modelClasses().getOrDefault(model, "AutoModel"));
    fixed.put("license", RestShapes.licenseName(row.license()));
    fixed.put("other_model", pick(row.issues().alternatives(), random));
    return new TemplateFiller(random, book.vocab(), fixed);
  }

  private static List<String> labels(SubTheme kind, boolean notPlanned, Instant closedAt, Instant created,
      double labelRate, Random random) {
    List<String> labels = new ArrayList<>();
    if (random.nextDouble() < labelRate) {
      labels.add(kind.kind());
      if (kind.code().equals("NP-DOCS") && random.nextInt(3) == 0) {
        labels.add("good first issue");
      }
      if (kind.kind().equals("enhancement") && random.nextInt(8) == 0) {
        labels.add("help wanted");
      }
      if (notPlanned && random.nextBoolean()) {
        labels.add(kind.kind().equals("enhancement") ? "wontfix" : "duplicate");
      }
    }
    if (notPlanned && closedAt != null && Duration.between(created, closedAt).toDays() > 60 && random.nextBoolean()) {
      labels.add("stale");
    }
    return labels;
  }

  private ObjectNode skeleton(RepositoryRow row, int number, Instant created, String title, String author,
      List<String> labels, Random random) {
    String repo = row.fullName();
    String api = RestShapes.API + "/repos/" + repo + "/issues/" + number;
    long id = ids.issueId(created, random);
    ObjectNode issue = JSON.objectNode();
    issue.put("url", api);
    issue.put("repository_url", RestShapes.API + "/repos/" + repo);
    issue.put("labels_url", api + "/labels{/name}");
    issue.put("comments_url", api + "/comments");
    issue.put("events_url", api + "/events");
    issue.put("html_url", RestShapes.WEB + "/" + repo + "/issues/" + number);
    issue.put("id", id);
    issue.put("node_id", RestShapes.nodeId("05:Issue", id));
    issue.put("number", number);
    issue.put("title", title);
    issue.set("user", RestShapes.user(author, "User"));
    ArrayNode labelArray = issue.putArray("labels");
    labels.forEach(name -> labelArray.add(RestShapes.label(repo, name)));
    return issue;
  }

  private void finish(ObjectNode issue, int comments, Instant created, Instant updated, Instant closedAt,
      String association, String body) {
    issue.put("state", closedAt == null ? "open" : "closed");
    issue.put("locked", false);
    issue.putNull("assignee");
    issue.putArray("assignees");
    issue.putNull("milestone");
    issue.put("comments", comments);
    issue.put("created_at", iso(created));
    issue.put("updated_at", iso(updated));
    issue.put("closed_at", closedAt == null ? null : iso(closedAt));
    issue.put("author_association", association);
    issue.putNull("active_lock_reason");
    if (body != null) {
      issue.put("body", crlf(body));
    }
  }

  private List<ObjectNode> comments(RepositoryRow row, int number, List<CommentThread.Line> lines, Random random) {
    List<ObjectNode> out = new ArrayList<>();
    String repo = row.fullName();
    for (CommentThread.Line line : lines) {
      long id = ids.commentId(line.at(), random);
      ObjectNode comment = JSON.objectNode();
      comment.put("url", RestShapes.API + "/repos/" + repo + "/issues/comments/" + id);
      comment.put("html_url", RestShapes.WEB + "/" + repo + "/issues/" + number + "#issuecomment-" + id);
      comment.put("issue_url", RestShapes.API + "/repos/" + repo + "/issues/" + number);
      comment.put("id", id);
      comment.put("node_id", RestShapes.nodeId("012:IssueComment", id));
      comment.set("user", RestShapes.user(line.author(), "User"));
      comment.put("created_at", iso(line.at()));
      comment.put("updated_at", iso(line.at()));
      comment.put("author_association", line.maintainer() ? maintainerAssociation(row, line.author())
          : association(row, line.author()));
      comment.put("body", crlf(line.text()));
      comment.set("reactions", RestShapes.reactions(comment.get("url").asText(), 0, 0, 0));
      comment.putNull("performed_via_github_app");
      out.add(comment);
    }
    return out;
  }

  private static Instant lastActivity(Instant created, Instant closedAt, List<CommentThread.Line> lines) {
    Instant last = created;
    for (CommentThread.Line line : lines) {
      if (line.at().isAfter(last)) {
        last = line.at();
      }
    }
    return closedAt != null && closedAt.isAfter(last) ? closedAt : last;
  }

  private static String association(RepositoryRow row, String login) {
    if (row.issues().maintainers().contains(login)) {
      return maintainerAssociation(row, login);
    }
    // A stable fifth of the reporters have had a pull request merged in the project.
    return Math.floorMod((row.fullName() + login).hashCode(), 5) == 0 ? "CONTRIBUTOR" : "NONE";
  }

  private static String maintainerAssociation(RepositoryRow row, String login) {
    if (login.equals(row.owner())) {
      return "OWNER";
    }
    return row.issues().maintainers().indexOf(login) == 0 ? "MEMBER" : "COLLABORATOR";
  }

  static String iso(Instant at) {
    return at.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
  }

  private static String crlf(String text) {
    return text.stripTrailing().replace("\r\n", "\n").replace("\n", "\r\n");
  }

  static <T> T pick(List<T> options, Random random) {
    return options.get(random.nextInt(options.size()));
  }
}

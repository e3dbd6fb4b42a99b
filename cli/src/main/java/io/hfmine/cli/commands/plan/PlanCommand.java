package io.hfmine.cli.commands.plan;

import io.hfmine.cli.pipeline.RunSettings;
import io.hfmine.cli.pipeline.StudyStages;
import io.hfmine.cli.support.BaseCommand;
import io.hfmine.cli.support.ExitCode;
import io.hfmine.cli.support.Session;
import io.hfmine.crawler.github.GithubSettings;
import io.hfmine.crawler.plan.PlanSettings;
import io.hfmine.crawler.plan.StudyPlan;
import io.hfmine.crawler.plan.TokenProbe;
import io.hfmine.datasets.hf.HfSettings;
import io.hfmine.datasets.store.StoreSettings;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine.Command;

/** {@code hfmine plan}: the tokens' budgets and the requests and hours of each stage, before a crawl. */
@Command(name = "plan", mixinStandardHelpOptions = true,
    description = {"Before a crawl: check the tokens (GitHub /user and /rate_limit: account, scopes, budget left; "
        + "the Hub's whoami when HF_TOKEN is set) and estimate the requests and hours of each stage from the "
        + "study's configuration, what the store already holds and the budgets (code search 10/min, core "
        + "5,000/h per GitHub account; the Hub's 5-minute windows). Prints the stages hfmine run would follow.",
        "Costs no quota: /rate_limit and whoami are free. Exit 1 when a token is refused."})
public final class PlanCommand extends BaseCommand {
  @Override
  protected ExitCode execute(Session session) {
    GithubSettings github = session.config().section("github", GithubSettings.class);
    HfSettings hf = session.config().section("hf", HfSettings.class);
    PlanSettings assumed = session.config().section("plan", PlanSettings.class);
    RunSettings run = session.config().section("run", RunSettings.class);
    TokenProbe probe = new TokenProbe(session.http().base(), github.endpoint(), github.apiVersion(), hf.endpoint());
    List<TokenProbe.GithubToken> tokens = probe.github(session.tokens().github());
    TokenProbe.HubAccount hub = probe.hub(session.tokens().hf());
    PrintWriter out = session.out();

    boolean refused = false;
    Set<String> accounts = new LinkedHashSet<>();
    long codeSearchPerMinute = github.rateLimits().codeSearch().limit();
    long corePerHour = github.rateLimits().core().limit();
    out.println("tokens");
    if (session.tokens().github().isEmpty()) {
      out.println("  GitHub  no GITHUB_TOKEN or GITHUB_TOKENS: code search needs a token (set one before hfmine run)");
    }
    for (TokenProbe.GithubToken token : tokens) {
      if (session.tokens().github().isEmpty()) {
        break;
      }
      if (token.problem() != null) {
        refused = true;
        out.printf("  GitHub  token %d: %s%n", token.index(), token.problem());
        continue;
      }
      accounts.add(token.login());
      TokenProbe.Bucket code = token.buckets().get("code_search");
      TokenProbe.Bucket core = token.buckets().get("core");
      if (code != null) {
        codeSearchPerMinute = code.limit();
      }
      if (core != null) {
        corePerHour = core.limit();
      }
      out.printf("  GitHub  token %d: account %s, scopes %s, %s%n", token.index(), token.login(),
          token.scopes().isEmpty() ? "none (public data only, enough for hfmine)" : String.join(", ", token.scopes()),
          budgets(token));
    }
    if (tokens.size() > accounts.size() && !accounts.isEmpty()) {
      out.printf("          %d token(s) of %d account(s): tokens of one account share its budget%n",
          session.tokens().github().size(), accounts.size());
    }
    long apiWindow = hub.windows().containsKey("api") ? hub.windows().get("api").limit() : assumed.hubApiPerWindow();
    long window = hub.windows().containsKey("api") ? hub.windows().get("api").windowSeconds() : assumed.hubWindowSeconds();
    long resolversWindow = hub.windows().containsKey("resolvers")
        ? hub.windows().get("resolvers").limit() : assumed.hubResolversPerWindow();
    if (hub.problem() != null) {
      refused |= session.tokens().hf() != null;
      out.println("  Hub     " + hub.problem());
    } else if (hub.user() != null) {
      out.printf("  Hub     HF_TOKEN: user %s (token role %s)%n", hub.user(), hub.role() == null ? "unknown" : hub.role());
    } else {
      out.println("  Hub     no HF_TOKEN: anonymous quotas; gated models' cards are not readable");
    }
    out.printf(Locale.ROOT, "          Hub windows: api %,d and resolvers %,d requests per %d s%s%n", apiWindow,
        resolversWindow, window, hub.windows().isEmpty() ? " (assumed: plan.*; the Hub announced none)" : "");

    StudyPlan.Inputs inputs = inputs(session, hf, github, run);
    List<StudyPlan.Stage> stages = StudyPlan.of(inputs, new StudyPlan.Budgets(accounts.size(), codeSearchPerMinute,
        corePerHour, apiWindow, resolversWindow, window));
    out.println();
    out.printf("%-14s %-19s %14s %9s  %s%n", "stage", "budget", "requests", "hours", "basis");
    for (StudyPlan.Stage stage : stages) {
      out.printf(Locale.ROOT, "%-14s %-19s %14s %9s  %s%n", stage.name(), stage.bucket(),
          stage.requests() == null ? "?" : (stage.upperBound() ? "<= " : "") + String.format("%,d", stage.requests()),
          stage.hours() == null ? (stage.requests() != null && stage.bucket().startsWith("github") ? "no token" : "?")
              : (stage.upperBound() ? "<= " : "") + String.format(Locale.ROOT, "%.1f", stage.hours()),
          stage.basis());
    }
    out.printf(Locale.ROOT, "%nestimated: %.1f hours for the stages above with an estimate ('?': known once the stages "
        + "before it ran; run plan again then)%n", StudyPlan.totalHours(stages));
    out.println("run order: " + String.join(" -> ", StudyStages.standard().stream().map(stage -> stage.name()).toList()));
    return refused ? ExitCode.FAILURE : ExitCode.SUCCESS;
  }

  private static String budgets(TokenProbe.GithubToken token) {
    StringBuilder text = new StringBuilder();
    token.buckets().forEach((name, bucket) -> text.append(text.isEmpty() ? "" : ", ").append(name).append(' ')
        .append(String.format("%,d/%,d left", bucket.remaining(), bucket.limit())));
    return text.toString();
  }

  private static StudyPlan.Inputs inputs(Session session, HfSettings hf, GithubSettings github, RunSettings run) {
    Integer max = run.models().max();
    var datasetsMax = session.config().node("se-tasks.datasets.max");
    Path file = session.workDir().resolve(session.config().section("store", StoreSettings.class).file());
    Long listed = null;
    Long selected = null;
    Long blobs = null;
    Long repositories = null;
    Long selectedRepositories = null;
    if (Files.isRegularFile(file)) {
      listed = positive(count(session, "SELECT count(*) FROM models"));
      selected = positive(count(session, github.codeSearch().skipDuplicateVariants()
          ? "SELECT count(*) FROM model_selection s WHERE NOT EXISTS (SELECT 1 FROM card_duplicates d JOIN "
              + "model_selection o ON o.model_id = d.original_id WHERE d.model_id = s.model_id AND d.original_id <> s.model_id)"
          : "SELECT count(*) FROM model_selection"));
      blobs = positive(count(session, "SELECT count(DISTINCT blob_sha) FROM code_hits"));
      repositories = positive(count(session, "SELECT count(DISTINCT repository) FROM code_hits"));
      selectedRepositories = positive(count(session, "SELECT count(*) FROM repository_selection"));
    }
    return new StudyPlan.Inputs(max == null ? null : max.longValue(), hf.pageSize(),
        datasetsMax.isNumber() ? datasetsMax.asLong() : null, github.codeSearch().languages().size(), listed, selected,
        blobs, repositories, selectedRepositories, github.issues().perPage());
  }

  private static long count(Session session, String sql) {
    return session.store().read(connection -> {
      try (var statement = connection.createStatement(); var rows = statement.executeQuery(sql)) {
        rows.next();
        return rows.getLong(1);
      }
    });
  }

  private static Long positive(long value) {
    return value > 0 ? value : null;
  }
}

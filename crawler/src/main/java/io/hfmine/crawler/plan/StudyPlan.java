package io.hfmine.crawler.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * What {@code hfmine run} would ask of the Hub and GitHub, stage by stage, and how long the
 * budgets make it take: a pure function of the configuration, what the store already holds and
 * the tokens' budgets.
 *
 * <p>Counts the store does not know yet are upper bounds from the configuration (every listed
 * model selected, one code-search page per query) and are marked so; stages whose size depends on
 * what earlier stages find (files, repositories, issues) are estimated from the store once those
 * stages ran, and otherwise left open.
 */
public final class StudyPlan {
  private StudyPlan() {
  }

  /**
   * The study's size as far as it is known.
   *
   * @param modelsMax run.models.max (null: the whole Hub)
   * @param datasetsMax se-tasks.datasets.max (null: every dataset)
   * @param listed models already in the store (null: no store yet)
   * @param selected models of the stored selection that code search would query (null: not selected yet)
   * @param blobs distinct files among the stored code-search hits (null: not searched yet)
   * @param repositories distinct repositories among the hits (null: not searched yet)
   * @param selectedRepositories downstream projects selected (null: not selected yet)
   */
  public record Inputs(Long modelsMax, int pageSize, Long datasetsMax, int languages, Long listed, Long selected,
      Long blobs, Long repositories, Long selectedRepositories, int issuesPerPage) {
  }

  /**
   * Requests a time unit allows: GitHub per account (tokens of one account share one budget), the
   * Hub per window.
   */
  public record Budgets(int githubAccounts, long codeSearchPerMinute, long corePerHour,
      long hubApiPerWindow, long hubResolversPerWindow, long hubWindowSeconds) {
  }

  /**
   * One stage's estimate.
   *
   * @param requests the requests (null: not estimable before earlier stages ran)
   * @param upperBound whether {@code requests} is an upper bound rather than a count
   * @param hours time the budget needs for them (null when requests are unknown or no budget exists)
   */
  public record Stage(String name, String bucket, Long requests, boolean upperBound, Double hours, String basis) {
  }

  public static List<Stage> of(Inputs in, Budgets budgets) {
    List<Stage> stages = new ArrayList<>();
    double apiPerHour = budgets.hubApiPerWindow() * 3600.0 / budgets.hubWindowSeconds();
    double resolversPerHour = budgets.hubResolversPerWindow() * 3600.0 / budgets.hubWindowSeconds();
    Long models = in.modelsMax();
    stages.add(hub("models", "hub api", models == null ? null : ceilDiv(models, in.pageSize()), apiPerHour,
        models == null ? "run.models.max is null: the whole Hub (set a maximum to estimate)"
            : String.format("%,d models / hf.page-size %,d", models, in.pageSize())));
    Long cards = in.listed() != null ? in.listed() : models;
    stages.add(hub("cards", "hub resolvers", cards, resolversPerHour, in.listed() != null
        ? "one per stored model" : "one per listed model"));
    Long datasets = in.datasetsMax();
    stages.add(hub("datasets", "hub api", datasets == null ? null : ceilDiv(datasets, in.pageSize()), apiPerHour,
        datasets == null ? "se-tasks.datasets.max is null: every dataset" : String.format("%,d datasets", datasets)));
    stages.add(hub("dataset-cards", "hub resolvers", datasets, resolversPerHour, "one per listed dataset"));
    boolean selectedKnown = in.selected() != null;
    Long queried = selectedKnown ? in.selected() : cards;
    Long searches = queried == null ? null : queried * in.languages();
    stages.add(github("code-search", "github code_search", searches, !selectedKnown || searches != null,
        budgets.githubAccounts() * budgets.codeSearchPerMinute() * 60.0, budgets,
        (selectedKnown ? String.format("%,d selected models", queried) : "at most every listed model")
            + " x " + in.languages() + " language(s); more pages for models with over 100 hits"));
    double corePerHour = budgets.githubAccounts() * (double) budgets.corePerHour();
    stages.add(github("code-fetch", "github core", in.blobs(), false, corePerHour, budgets,
        in.blobs() == null ? "one per file found by code search (known after it)" : "one per distinct file found"));
    stages.add(github("repos", "github core", in.repositories() == null ? null : in.repositories() * 2, true,
        corePerHour, budgets, in.repositories() == null ? "two per repository found (known after code search)"
            : String.format("%,d repositories: metadata and commit count", in.repositories())));
    Long issues = in.selectedRepositories();
    stages.add(github("issues", "github core", issues, false, corePerHour, budgets, issues == null
        ? "pages of " + in.issuesPerPage() + " issues and comments per downstream project (known after select-repos)"
        : String.format("at least one page of issues per %,d selected project(s); more for busy ones", issues)));
    return stages;
  }

  /** The plan's total hours over the stages with an estimate, each bucket running one after another. */
  public static double totalHours(List<Stage> stages) {
    return stages.stream().filter(stage -> stage.hours() != null).mapToDouble(Stage::hours).sum();
  }

  private static Stage hub(String name, String bucket, Long requests, double perHour, String basis) {
    return new Stage(name, bucket, requests, false, requests == null ? null : requests / perHour, basis);
  }

  private static Stage github(String name, String bucket, Long requests, boolean upperBound, double perHour,
      Budgets budgets, String basis) {
    Double hours = requests == null || budgets.githubAccounts() == 0 ? null : requests / perHour;
    return new Stage(name, bucket, requests, upperBound && requests != null, hours, basis);
  }

  private static long ceilDiv(long a, long b) {
    return Math.ceilDiv(a, b);
  }
}

package io.hfmine.cli.pipeline;

import io.hfmine.analyzers.cards.CardDedupStage;
import io.hfmine.analyzers.cards.CardDeduplicator;
import io.hfmine.analyzers.issues.IssueClassification;
import io.hfmine.analyzers.issues.IssueSettings;
import io.hfmine.analyzers.models.ModelSelection;
import io.hfmine.analyzers.patterns.PatternBuilder;
import io.hfmine.analyzers.patterns.PatternSettings;
import io.hfmine.analyzers.pick.ModelSearch;
import io.hfmine.analyzers.repos.RepositorySelection;
import io.hfmine.analyzers.repos.RepositorySelectionSpec;
import io.hfmine.analyzers.repos.SelectionOutcome;
import io.hfmine.analyzers.stats.resolution.ResolutionStudyResult;
import io.hfmine.analyzers.stats.resolution.ResolutionStudyRun;
import io.hfmine.analyzers.stats.resolution.StudySettings;
import io.hfmine.analyzers.usage.UsageSettings;
import io.hfmine.analyzers.usage.canonical.ModelAliases;
import io.hfmine.analyzers.usage.extract.ExtractionSummary;
import io.hfmine.analyzers.usage.extract.StoreUsageExtraction;
import io.hfmine.analyzers.usage.verify.Verdict;
import io.hfmine.cli.commands.ReportCommand;
import io.hfmine.cli.commands.code.CrawlReportPrinter;
import io.hfmine.cli.commands.export.ExportCommand;
import io.hfmine.cli.commands.issues.IssueMethods;
import io.hfmine.cli.commands.models.HubConnection;
import io.hfmine.cli.commands.patterns.PatternOptions;
import io.hfmine.cli.commands.pick.PickSupport;
import io.hfmine.cli.commands.repos.ReposSelectCommand;
import io.hfmine.cli.commands.stats.ResolutionCommand;
import io.hfmine.cli.support.Session;
import io.hfmine.cli.support.VersionProvider;
import io.hfmine.crawler.github.CrawlReport;
import io.hfmine.crawler.github.code.CodeSearchSpec;
import io.hfmine.crawler.github.issues.IssueSyncSpec;
import io.hfmine.crawler.github.repos.RepositorySyncSpec;
import io.hfmine.crawler.hf.CardFetch;
import io.hfmine.crawler.hf.ModelSync;
import io.hfmine.datasets.export.DatasetExporter;
import io.hfmine.datasets.export.ExportSpec;
import io.hfmine.datasets.export.ExportedFile;
import io.hfmine.datasets.hf.HfSettings;
import io.hfmine.datasets.progress.Progress;
import io.hfmine.reports.StudyReport;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The stages of `hfmine run`, in order: the whole study in one place.
 *
 * <p>Each stage calls the same facade as its command and reports counts for the summary. Their
 * inputs are the configuration sections they read, so editing a threshold re-runs that stage and
 * everything after it.
 */
public final class StudyStages {
  private StudyStages() {
  }

  /** models → cards → select → dedup → pick (search index) → datasets → dataset cards → arxiv → se-tasks → code search
   * → fetch → usage → patterns → repos → select repos
   * → issues → classify → stats → report → export. */
  public static List<Stage> standard() {
    return List.of(
        stage("models", "hf run.models", StudyStages::models),
        stage("cards", "hf", StudyStages::cards),
        stage("select", "hf", StudyStages::selectModels),
        stage("dedup", "hf", StudyStages::dedup),
        stage("pick", "pick hf", StudyStages::pick),
        stage("datasets", "hf se-tasks.datasets", SeTaskStages::datasets),
        stage("dataset-cards", "hf", SeTaskStages::datasetCards),
        stage("arxiv", "se-tasks.arxiv", SeTaskStages::arxiv),
        stage("se-tasks", "se-tasks hf llm-client", SeTaskStages::classify),
        stage("code-search", "github", session -> crawl(session, "code search",
            (crawler, progress) -> crawler.searchCode(new CodeSearchSpec(List.of(), List.of(), ModelAliases.shipped()::spellingsOf),
                progress))),
        stage("code-fetch", "github", session -> crawl(session, "code fetch",
            (crawler, progress) -> crawler.fetchBlobs(progress))),
        stage("usage", "usage", StudyStages::usage),
        stage("patterns", "patterns llm-client", StudyStages::patterns),
        stage("repos", "github", session -> crawl(session, "repos sync",
            (crawler, progress) -> crawler.syncRepositories(new RepositorySyncSpec(List.of(), false), progress))),
        stage("select-repos", "repos-select", StudyStages::selectRepositories),
        stage("issues", "github", session -> crawl(session, "issues sync",
            (crawler, progress) -> crawler.syncIssues(new IssueSyncSpec(List.of(), true), progress))),
        stage("classify", "issues", StudyStages::classify),
        stage("stats", "stats", StudyStages::stats),
        stage("report", "report stats", StudyStages::report),
        stage("export", "export run.export", StudyStages::export));
  }

  private static StageOutcome models(Session session) throws Exception {
    RunSettings run = RunSettings.of(session);
    ModelSync.Result result = new ModelSync(session.store(), HubConnection.client(session), session.progress())
        .run(run.models().query(), HubConnection.settings(session).pageSize());
    Map<String, Long> counts = counts("models", result.storedInAll(), "pages", result.pages());
    if (result.rejected() > 0) {
      counts.put("rejected (listing_rejects)", result.rejected());
    }
    return StageOutcome.of(counts);
  }

  private static StageOutcome cards(Session session) throws Exception {
    CardFetch.Result result = HubConnection.cardFetch(session).run(new CardFetch.Spec(false, false));
    Map<String, Long> counts = new LinkedHashMap<>();
    result.byStatus().forEach((status, count) -> counts.put(status, count.longValue()));
    counts.put("malformed-headers", (long) result.malformedHeaders());
    List<String> failures = result.failed() > 0
        ? List.of(result.failed() + " card(s) failed (crawl_units kind model-card)") : List.of();
    return StageOutcome.of(counts).withFailures(failures);
  }

  private static StageOutcome selectModels(Session session) {
    HfSettings.Select select = HubConnection.settings(session).select();
    List<ModelSelection.Step> funnel = new ModelSelection(session.store()).run(new ModelSelection.Spec(
        select.minDownloads(), select.requireCard(), select.requireTags(), select.libraries()));
    return StageOutcome.of(counts("listed", funnel.getFirst().remaining(), "selected", funnel.getLast().remaining()));
  }

  private static StageOutcome dedup(Session session) {
    CardDeduplicator.Result result = new CardDedupStage(session.store(), HubConnection.dedupSettings(session, null),
        session.progress()).run();
    return StageOutcome.of(counts("cards", result.cards(), "groups", result.groups(),
        "variants", (result.members().size() - result.groups())));
  }

  private static StageOutcome pick(Session session) {
    try (ModelSearch search = PickSupport.search(session)) {
      ModelSearch.IndexStatus status = PickSupport.ensureIndex(session, search, false);
      return status.built()
          ? StageOutcome.of(counts("models", status.manifest().models(), "extracted", status.extraction().extracted(),
              "embedded", status.build().embedded(), "cached", status.build().cached()))
          : StageOutcome.of(counts("models", status.manifest().models()));
    }
  }

  private static StageOutcome usage(Session session) {
    UsageSettings settings = session.config().section("usage", UsageSettings.class);
    ExtractionSummary summary;
    try (Progress progress = session.progress().start("usage extract")) {
      summary = new StoreUsageExtraction(session.store(), settings).run(false, progress);
    }
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("files", summary.files());
    counts.put("usages", summary.usages());
    for (Verdict verdict : Verdict.values()) {
      counts.put(verdict.sql(), summary.verdicts(verdict));
    }
    return StageOutcome.of(counts);
  }

  private static StageOutcome patterns(Session session) {
    PatternSettings settings = PatternOptions.settings(session, null, null);
    PatternBuilder.Report report;
    try (Progress progress = session.progress().start("patterns build")) {
      report = new PatternBuilder(session.store(), settings,
          settings.summary().enabled() ? session.chatModel() : null, Clock.systemUTC())
          .build(List.of(), false, progress);
    }
    long patterns = report.groups().stream().mapToLong(PatternBuilder.BuiltGroup::patterns).sum();
    return StageOutcome.of(counts("groups", report.groups().size(), "clustered", report.clustered(),
        "patterns", patterns)).withFailures(report.summaryProblems());
  }

  private static StageOutcome selectRepositories(Session session) {
    SelectionOutcome outcome = new RepositorySelection(session.store()).run(new RepositorySelectionSpec(
        ReposSelectCommand.settings(session, List.of(), Map.of()), false, List.of(), false), step -> { });
    return StageOutcome.of(counts("candidates", outcome.funnel().getFirst().remaining(),
        "selected", outcome.selected().size()));
  }

  private static StageOutcome classify(Session session) {
    IssueSettings settings = IssueSettings.from(session.config());
    IssueClassification.Summary summary;
    try (Progress progress = session.progress().start("classify issues")) {
      summary = IssueClassification.run(session.store(), IssueMethods.labeller(settings.method(), session, settings), null,
          progress);
    }
    List<String> failures = new ArrayList<>(summary.failures());
    if (summary.stop() != null) {
      failures.add(summary.stop());
    }
    return StageOutcome.of(counts("issues", summary.issues(), "ptm", summary.ptm())).withFailures(failures);
  }

  private static StageOutcome stats(Session session) {
    StudySettings settings = ResolutionCommand.settings(session, null);
    ResolutionStudyResult result;
    try (Progress progress = session.progress().start("stats resolution")) {
      result = ResolutionStudyRun.run(session.store(), settings, progress, Clock.systemUTC());
    }
    return StageOutcome.of(counts("ptm", result.sample().ptm().size(),
        "non-ptm", result.sample().nonPtm().size(), "projects", result.sample().kept().size(),
        "tests", result.tests().size()));
  }

  private static StageOutcome report(Session session) {
    StudyReport.Written written = ReportCommand.write(session, null);
    return StageOutcome.of(counts("figures", written.figures()))
        .withOutputs(List.of("report   " + written.html(), "         " + written.markdown()));
  }

  private static StageOutcome export(Session session) {
    RunSettings run = RunSettings.of(session);
    Path out = session.workDir().resolve(run.export().dir());
    ExportSpec spec = ExportCommand.spec(session, run.export().format(), out, false,
        ExportCommand.configuredPseudonyms(session));
    List<ExportedFile> files = new DatasetExporter(session.store()).export(spec);
    return StageOutcome.of(counts("files", files.size()))
        .withOutputs(List.of("dataset  " + out + " (README.md, manifest.json)"));
  }

  private static StageOutcome crawl(Session session, String name, GithubWork work) {
    var crawler = CrawlReportPrinter.crawler(session);
    CrawlReport report;
    try (Progress progress = session.progress().start(name)) {
      report = work.run(crawler, progress);
    }
    return StageOutcome.of(counts("units", report.doneCount(), "already-done", report.skippedCount(),
        "rows", report.itemCount())).withFailures(report.failures());
  }

  /** Counts in the order given ("name", value, "name", value ...), as the summary prints them. */
  private static Map<String, Long> counts(Object... namesAndValues) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      counts.put((String) namesAndValues[i], ((Number) namesAndValues[i + 1]).longValue());
    }
    return counts;
  }

  @FunctionalInterface
  private interface GithubWork {
    CrawlReport run(io.hfmine.crawler.github.GithubCrawler crawler, Progress progress);
  }

  @FunctionalInterface
  private interface StageWork {
    StageOutcome run(Session session) throws Exception;
  }

  private static Stage stage(String name, String sections, StageWork work) {
    return new Stage() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public String inputs(Session session) {
        StringBuilder inputs = new StringBuilder(VersionProvider.version());
        for (String section : sections.split(" ")) {
          inputs.append('\n').append(section).append('=').append(session.config().node(section));
        }
        return inputs.toString();
      }

      @Override
      public StageOutcome run(Session session) throws Exception {
        return work.run(session);
      }
    };
  }
}

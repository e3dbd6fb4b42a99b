package io.hfmine.cli.commands.pick;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.hfmine.analyzers.issues.llm.StoreLlmCache;
import io.hfmine.analyzers.pick.ModelSearch;
import io.hfmine.analyzers.pick.PickSettings;
import io.hfmine.analyzers.pick.evaluate.BaselineSearch;
import io.hfmine.analyzers.pick.evaluate.EvaluationReport;
import io.hfmine.analyzers.pick.evaluate.Infill;
import io.hfmine.analyzers.pick.evaluate.Judgments;
import io.hfmine.analyzers.pick.evaluate.LlmInfill;
import io.hfmine.analyzers.pick.evaluate.Paraphrases;
import io.hfmine.analyzers.pick.evaluate.PickEvaluation;
import io.hfmine.analyzers.pick.evaluate.PoolFile;
import io.hfmine.analyzers.pick.evaluate.RequestSynthesizer;
import io.hfmine.analyzers.pick.evaluate.RuleInfill;
import io.hfmine.analyzers.pick.evaluate.SnapshotSearch;
import io.hfmine.analyzers.pick.request.RequestException;
import io.hfmine.analyzers.pick.store.EvaluationTables;
import io.hfmine.analyzers.pick.store.HubListingTable;
import io.hfmine.cli.commands.models.HubConnection;
import io.hfmine.cli.support.BaseCommand;
import io.hfmine.cli.support.ExitCode;
import io.hfmine.cli.support.Session;
import io.hfmine.cli.support.UsageException;
import io.hfmine.datasets.progress.Progress;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hfmine pick evaluate}: hfmine against the Hub's own search on synthesised requests. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
    description = {"Measure model search the PTMPicker way: requests synthesised from a seeded sample of held-out "
        + "models (description masked and infilled; licence, language, input format or size mutated) are answered "
        + "by hfmine and by the Hub's search (GET /api/models?search=...&filter=TASK&sort=downloads), and hit@1/5/10 "
        + "and MRR are reported. A hit is the source model when the mutation left it suitable, or a model a judge "
        + "marked suitable (--judgments).",
        "Results go to the pick_eval_* tables. Run with --replay to answer the Hub queries from an archive."})
public final class PickEvaluateCommand extends BaseCommand {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @Option(names = "--requests", paramLabel = "N", description = "Requests to synthesise (default: pick.evaluation.requests).")
  Integer requests;

  @Option(names = "--seed", paramLabel = "S", description = "Seed of the sample and mutations (default: pick.evaluation.seed).")
  Long seed;

  @Option(names = "--top", paramLabel = "K", description = "Ranking depth measured (default: pick.evaluation.top).")
  Integer top;

  @Option(names = "--min-source-downloads", paramLabel = "N",
      description = "Synthesise requests only from models with at least N downloads, as PTMPicker drew them from popular "
          + "models; the whole catalog still answers (default: pick.evaluation.min-source-downloads).")
  Long minSourceDownloads;

  @Option(names = "--judgments", paramLabel = "FILE", description = "Human judgments (CSV: request_id, model_id, "
      + "suitable, judge, note); repeatable, the files' verdicts are pooled (a judge's file of their own, say).")
  List<Path> judgments = new ArrayList<>();

  @Option(names = "--request", paramLabel = "FILE", description = "A hand-written request to measure too (repeatable); its hits come from the judgments.")
  List<Path> handWritten = new ArrayList<>();

  @Option(names = "--no-baseline", description = "Measure hfmine only; the Hub is not asked.")
  boolean noBaseline;

  @Option(names = "--baseline-snapshot", description = "Answer the Hub-search baseline from the stored catalog by the "
      + "Hub's documented search rules (id substring, tag filters, most downloaded first) instead of the live Hub: the "
      + "fair baseline for an imported catalog snapshot, which the live Hub has long outgrown. Offline.")
  boolean baselineSnapshot;

  @Option(names = "--pool", paramLabel = "FILE", description = "Write the answers nobody judged yet to FILE, a judgments file to fill in.")
  Path pool;

  @Option(names = "--llm-infill", description = "Infill masked descriptions through the llm-client endpoint (pick.evaluation.llm-infill).")
  boolean llmInfill;

  @Option(names = "--json", description = "Print the report as JSON.")
  boolean json;

  @Override
  protected void validate() {
    if (noBaseline && baselineSnapshot) {
      throw new UsageException("--no-baseline and --baseline-snapshot contradict each other; give one");
    }
    if (requests != null && requests < 0) {
      throw new UsageException("--requests must not be negative; got " + requests);
    }
    if (minSourceDownloads != null && minSourceDownloads < 0) {
      throw new UsageException("--min-source-downloads must not be negative; got " + minSourceDownloads);
    }
    if (top != null && top < 1) {
      throw new UsageException("--top must be at least 1; got " + top);
    }
    for (Path file : judgments) {
      if (!Files.isRegularFile(file)) {
        throw new UsageException("judgments file " + file + " does not exist");
      }
    }
    for (Path file : handWritten) {
      if (!Files.isRegularFile(file)) {
        throw new UsageException("request file " + file + " does not exist");
      }
    }
  }

  @Override
  protected ExitCode execute(Session session) throws Exception {
    try (ModelSearch search = PickSupport.search(session)) {
      PickSettings.Evaluation settings = search.settings().evaluation();
      Paraphrases paraphrases = Paraphrases.load(settings.paraphrases());
      RuleInfill rules = new RuleInfill(paraphrases, settings.maskShare());
      Infill infill = llmInfill || settings.llmInfill()
          ? new LlmInfill(session.chatModel(), session.chatSettings().model(), new StoreLlmCache(session.store()), rules)
          : rules;
      RequestSynthesizer synthesizer = new RequestSynthesizer(search.requests(), search.licenses(), search.settings(),
          infill);
      Judgments judged;
      try {
        judged = judgments.isEmpty() ? Judgments.none() : Judgments.read(judgments);
      } catch (IllegalArgumentException e) {
        throw new UsageException(e.getMessage());
      }
      try {
        handWritten.forEach(search.requests()::read); // a bad request stops the run before any work
      } catch (RequestException e) {
        throw new UsageException(e.getMessage());
      }
      PickSupport.ensureIndex(session, search, false);
      PickEvaluation evaluation = new PickEvaluation(search, synthesizer, baseline(session), infill.describe());
      PickEvaluation.Spec spec = new PickEvaluation.Spec(requests != null ? requests : settings.requests(),
          seed != null ? seed : settings.seed(), top != null ? top : settings.top(),
          minSourceDownloads != null ? minSourceDownloads : settings.minSourceDownloads(), judged, handWritten);
      EvaluationReport report;
      try (Progress progress = session.progress().start("pick evaluate")) {
        report = evaluation.run(spec, progress);
      }
      // the settings the run used, the command line's source floor included, so a stored run says how it was drawn
      EvaluationTables.write(session.store(), report, judged.origin(),
          JSON.writeValueAsString(search.settings().withMinSourceDownloads(spec.minSourceDownloads())), Instant.now());
      if (json) {
        session.out().println(JSON.writeValueAsString(report));
      } else {
        print(report, session.out());
      }
      if (pool != null) {
        int rows = PoolFile.write(pool, report, judged);
        session.err().printf("pick evaluate: %,d answers to judge written to %s%n", rows, pool);
      }
      session.err().println("pick evaluate: results in pick_eval_runs, pick_eval_requests, pick_eval_results (run "
          + report.runId() + ")");
      return ExitCode.SUCCESS;
    }
  }

  private BaselineSearch baseline(Session session) {
    if (noBaseline) {
      return null;
    }
    if (baselineSnapshot) {
      SnapshotSearch snapshot = new SnapshotSearch(HubListingTable.read(session.store()));
      session.err().printf("pick evaluate: the Hub-search baseline answers from the stored catalog (%,d models)%n",
          snapshot.size());
      return snapshot;
    }
    return new HubBaselineSearch(HubConnection.client(session));
  }

  private static void print(EvaluationReport report, PrintWriter out) {
    out.printf(Locale.ROOT, "requests   %d synthesised from %,d eligible held-out models%s (seed %d), %d hand-written%n",
        report.synthesized(), report.eligibleSources(), report.minSourceDownloads() > 0
            ? String.format(Locale.ROOT, " with at least %,d downloads", report.minSourceDownloads()) : "",
        report.seed(), report.handWritten());
    out.println("infill     " + report.infill());
    out.printf(Locale.ROOT, "measured   %d requests with a known suitable model (the source, when the mutation kept it "
        + "suitable, or a judged one); %d unjudged, left out%n", report.judged(), report.unjudged());
    if (report.judgeAgreement() != null) {
      Judgments.Agreement agreement = report.judgeAgreement();
      out.printf(Locale.ROOT, "judges     %s and %s agree on %d answers: Cohen's kappa %.3f%n", agreement.first(),
          agreement.second(), agreement.pairs(), agreement.kappa());
    }
    out.println();
    out.println(header("system", report.ks()));
    report.overall().forEach(score -> out.println(row(score.system(), score, report.ks())));
    if (!report.byMutation().isEmpty()) {
      out.println();
      out.println(header("mutation / system", report.ks()));
      report.byMutation().forEach((mutation, scores) -> scores.forEach(score ->
          out.println(row(mutation + " / " + score.system(), score, report.ks()))));
    }
    out.flush();
  }

  private static String header(String first, List<Integer> ks) {
    StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-32s %8s", first, "requests"));
    ks.forEach(k -> line.append(String.format(Locale.ROOT, " %7s", "hit@" + k)));
    return line.append(String.format(Locale.ROOT, " %7s", "MRR")).toString();
  }

  private static String row(String label, EvaluationReport.Score score, List<Integer> ks) {
    StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-32s %8d", label, score.requests()));
    ks.forEach(k -> line.append(String.format(Locale.ROOT, " %7.3f", score.hitAt().get(k))));
    return line.append(String.format(Locale.ROOT, " %7.3f", score.mrr())).toString();
  }
}

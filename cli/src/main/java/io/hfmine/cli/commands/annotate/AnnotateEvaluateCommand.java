package io.hfmine.cli.commands.annotate;

import io.hfmine.analyzers.issues.IssueId;
import io.hfmine.analyzers.issues.IssueLabeller;
import io.hfmine.analyzers.issues.IssueSettings;
import io.hfmine.analyzers.issues.evaluation.EvaluationIntervals;
import io.hfmine.analyzers.issues.evaluation.EvaluationTable;
import io.hfmine.analyzers.issues.evaluation.GoldEvaluation;
import io.hfmine.analyzers.issues.evaluation.PopulationWeighting;
import io.hfmine.analyzers.issues.sampling.AnnotationFileException;
import io.hfmine.analyzers.issues.sampling.SampleStrata;
import io.hfmine.analyzers.issues.sampling.StoreStrata;
import io.hfmine.analyzers.issues.sampling.Stratum;
import io.hfmine.analyzers.issues.taxonomy.Taxonomy;
import io.hfmine.cli.commands.issues.IssueMethods;
import io.hfmine.cli.support.BaseCommand;
import io.hfmine.cli.support.ExitCode;
import io.hfmine.cli.support.InputFiles;
import io.hfmine.cli.support.Session;
import io.hfmine.cli.support.UsageException;
import io.hfmine.datasets.progress.Progress;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hfmine annotate evaluate}: an automatic method scored against gold labels. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
    description = "Score a labelling method against a gold CSV: precision, recall and F1 per theme and sub-theme, "
        + "macro-F1, accuracy and the theme confusion matrix; "
        + "with --strata, PTM relevance per stratum of an enriched draw and weighted back to the population.")
public final class AnnotateEvaluateCommand extends BaseCommand {
  @Option(names = "--gold", required = true, paramLabel = "FILE.csv", description = "Gold labels (annotation CSV format).")
  Path gold;

  @Option(names = "--method", description = "rules, classifier or llm (default: issues.method, shipped as classifier).")
  String method;

  @Option(names = "--annotator", paramLabel = "NAME",
      description = "The annotator whose rows are the gold labels, when the file holds several (rows without one are 'gold').")
  String annotator;

  @Option(names = "--strata", paramLabel = "STRATA.csv",
      description = "The strata of the enriched draw the gold issues come from (the file annotate export --manifest wrote): "
          + "also print PTM relevance per stratum and weighted back to every issue of the gold issues' repositories.")
  Path strata;

  @Option(names = "--bootstrap", paramLabel = "N", defaultValue = "" + EvaluationIntervals.DEFAULT_RESAMPLES,
      description = "Resamples for the 95% intervals of the headline figures (whole repositories resampled; "
          + "default: ${DEFAULT-VALUE}; 0 prints none).")
  int resamples;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "" + EvaluationIntervals.DEFAULT_SEED,
      description = "Seed of the bootstrap resampling (default: ${DEFAULT-VALUE}); the same seed prints the same intervals.")
  long seed;

  @Override
  protected ExitCode execute(Session session) {
    if (resamples < 0) {
      throw new UsageException("--bootstrap must be 0 or more, not " + resamples);
    }
    InputFiles.requireFile(gold, "--gold");
    Map<IssueId, String> strataOf = strata == null ? null : readStrata(session);
    IssueSettings settings = IssueSettings.from(session.config());
    if (method == null) {
      method = settings.method();
    }
    IssueLabeller labeller = IssueMethods.labeller(method, session, settings);
    Taxonomy taxonomy = settings.loadTaxonomy();
    GoldEvaluation.Outcome outcome;
    try (Progress progress = session.progress().start("evaluate " + method)) {
      outcome = GoldEvaluation.run(session.store(), taxonomy, gold, annotator, labeller, progress);
    } catch (AnnotationFileException e) {
      e.problems().forEach(problem -> session.err().println(problem));
      throw new UsageException(gold + ": " + e.problems().size() + " problem(s) in the gold file");
    }
    String weighted = strataOf == null ? null : weighted(session, settings, outcome, strataOf);
    session.out().print(EvaluationTable.render(outcome.report(), method));
    if (resamples > 0 && !outcome.gold().isEmpty()) {
      session.out().print("\n" + EvaluationTable.renderIntervals(EvaluationIntervals.of(taxonomy,
          outcome.gold(), outcome.predicted(), resamples, seed, EvaluationIntervals.DEFAULT_CONFIDENCE)));
    }
    if (weighted != null) {
      session.out().print("\n" + weighted);
    }
    return ExitCode.SUCCESS;
  }

  private Map<IssueId, String> readStrata(Session session) {
    InputFiles.requireFile(strata, "--strata");
    try {
      Map<IssueId, String> byIssue = new HashMap<>();
      SampleStrata.read(strata).forEach((id, stratum) -> byIssue.put(id, stratum.name()));
      return byIssue;
    } catch (AnnotationFileException e) {
      e.problems().forEach(problem -> session.err().println(problem));
      throw new UsageException(strata + ": " + e.problems().size() + " problem(s) in the strata file");
    }
  }

  /**
   * The population is every issue in the store of the gold issues' repositories, put in strata by
   * the prescreen {@code annotate export --enrich} draws with. A labelled issue the prescreen now
   * puts in another stratum than the file says means the sample was drawn another way (another
   * prescreen or store), so the weights are approximate; that is said, not hidden.
   */
  private String weighted(Session session, IssueSettings settings, GoldEvaluation.Outcome outcome,
      Map<IssueId, String> strataOf) {
    Map<IssueId, Stratum> today = StoreStrata.ofRepositories(session.store(), settings,
        PopulationWeighting.repositories(outcome.gold()));
    PopulationWeighting weighting;
    try {
      weighting = PopulationWeighting.of(outcome.gold(), outcome.predicted(), strataOf, today);
    } catch (IllegalArgumentException e) {
      throw new UsageException(strata + ": " + e.getMessage());
    }
    String text = EvaluationTable.renderStrata(weighting.evaluation(), weighting.repositories());
    if (weighting.moved() > 0) {
      text += String.format("note: %d of the %d labelled issues are in another stratum by today's prescreen than %s says "
          + "(drawn with another prescreen or store?); the issues per stratum are counted by today's prescreen, so the "
          + "weights are approximate%n", weighting.moved(), weighting.evaluation().labelled(), strata.getFileName());
    }
    return text;
  }
}

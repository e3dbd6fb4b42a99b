package io.hfmine.cli.commands.annotate;

import io.hfmine.analyzers.issues.IssueSettings;
import io.hfmine.analyzers.issues.sampling.AnnotationExport;
import io.hfmine.analyzers.issues.sampling.AnnotationFileException;
import io.hfmine.analyzers.issues.sampling.EnrichedSampler;
import io.hfmine.analyzers.issues.sampling.EnrichmentDesign;
import io.hfmine.cli.support.BaseCommand;
import io.hfmine.cli.support.ExitCode;
import io.hfmine.cli.support.InputFiles;
import io.hfmine.cli.support.Session;
import io.hfmine.cli.support.UsageException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hfmine annotate export}: a reproducible sample of issues as a CSV for annotators. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Write a seeded sample of issues as a spreadsheet-friendly CSV with empty label columns.")
public final class AnnotateExportCommand extends BaseCommand {
  @Override
  protected boolean needsExistingStore() {
    return true;
  }

  @Option(names = "--sample", required = true, paramLabel = "N", description = "Number of issues to draw.")
  int sample;

  @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Random seed (default 1); same seed, same sample.")
  long seed;

  @Option(names = "--stratify", paramLabel = "project", description = "'project': each repository gets a proportional share.")
  String stratify;

  @Option(names = "--enrich", paramLabel = "P|P%",
      description = "Draw a PTM-enriched sample: P issues (or P% of --sample) from stratum P, the issues whose title or "
          + "body carries PTM evidence (issues.annotation.prescreen-evidence), the rest at random from the other issues.")
  String enrich;

  @Option(names = "--per-repository", paramLabel = "CAP_P,CAP_R",
      description = "With --enrich: at most CAP_P issues of stratum P and CAP_R of stratum R from one repository.")
  String perRepository;

  @Option(names = "--exclude", paramLabel = "FILE.csv",
      description = "Leave out the issues a CSV names in its id column (a labelled set's manifest.csv, an annotation "
          + "sheet, an earlier draw's manifest); repeatable.")
  List<Path> exclude = new ArrayList<>();

  @Option(names = "--exclude-annotated",
      description = "Leave out issues a person already annotated for the task (a PTM answer; for --task taxonomy, themes).")
  boolean excludeAnnotated;

  @Option(names = "--manifest", paramLabel = "FILE.csv",
      description = "With --enrich: write each drawn issue's stratum (id,url,repository,stratum); the sheet does not show it.")
  Path manifest;

  @Option(names = "--task", defaultValue = "relevance",
      description = "relevance (is the issue PTM-related?) or taxonomy (themes of PTM-related issues).")
  AnnotationExport.Task task;

  @Option(names = "--ptm-source", defaultValue = "human", paramLabel = "SOURCE",
      description = "For --task taxonomy: whose PTM labels pick the candidates: human (default), rules, classifier, llm.")
  String ptmSource;

  @Option(names = "--annotator", paramLabel = "NAME", description = "Pre-fill the annotator column.")
  String annotator;

  @Option(names = "--out", required = true, paramLabel = "FILE.csv", description = "CSV file to write.")
  Path out;

  @Override
  protected void validate() {
    if (sample <= 0) {
      throw new UsageException("--sample must be positive, got " + sample);
    }
    if (stratify != null && !stratify.equals("project")) {
      throw new UsageException("--stratify accepts only 'project', got '" + stratify + "'");
    }
    if (enrich == null && (perRepository != null || manifest != null)) {
      throw new UsageException((perRepository != null ? "--per-repository" : "--manifest") + " needs --enrich");
    }
    if (enrich != null && stratify != null) {
      throw new UsageException("--enrich caps repositories with --per-repository; it cannot be combined with --stratify");
    }
    if (manifest != null && manifest.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())) {
      throw new UsageException("--manifest and --out name the same file " + out);
    }
    for (Path file : exclude) {
      InputFiles.requireFile(file, "--exclude");
    }
    if (enrich != null) {
      try {
        design = EnrichmentDesign.parse(sample, enrich, perRepository);
      } catch (IllegalArgumentException e) {
        throw new UsageException(e.getMessage());
      }
    }
  }

  private EnrichmentDesign design;

  @Override
  protected ExitCode execute(Session session) {
    IssueSettings settings = IssueSettings.from(session.config());
    AnnotationExport.Draw draw;
    try {
      draw = AnnotationExport.export(session.store(), new AnnotationExport.Spec(task, ptmSource,
          new AnnotationExport.Design(sample, seed, stratify != null, design),
          new AnnotationExport.Exclusions(exclude, excludeAnnotated, Set.of()),
          new AnnotationExport.Output(annotator, out, manifest)), settings);
    } catch (AnnotationFileException e) {
      e.problems().forEach(problem -> session.err().println(problem));
      throw new UsageException("--exclude: " + e.problems().size() + " problem(s), nothing written");
    }
    PrintWriter err = session.err();
    if (draw.leftOut() > 0) {
      err.printf("left out %,d of %,d candidate issues (--exclude%s)%n", draw.leftOut(), draw.candidates(),
          excludeAnnotated ? ", --exclude-annotated" : "");
    }
    if (draw.enriched() != null) {
      err.printf("enriched draw: %s%n", design.describe());
      for (EnrichedSampler.StratumDraw stratum : draw.enriched().strata().values()) {
        err.printf("stratum %s: %,d candidates in %,d repositories, drew %,d of %,d%s%n", stratum.stratum(),
            stratum.candidates(), stratum.repositories(), stratum.drawn().size(), stratum.target(),
            stratum.shortfall() == null ? "" : String.format(" (short by %,d: %s)",
                stratum.target() - stratum.drawn().size(), stratum.shortfall()));
      }
    }
    err.printf("wrote %d issues to %s%s%n", draw.issues().size(), out, manifest == null ? "" : " and their strata to " + manifest);
    if (draw.enriched() != null && manifest == null) {
      err.println("the strata are not recorded anywhere: pass --manifest FILE.csv to keep them (the same seed draws the same sample)");
    }
    if (draw.enriched() == null && draw.issues().size() < sample) {
      err.printf("only %d candidate issues for --task %s%n", draw.issues().size(), task);
    }
    return ExitCode.SUCCESS;
  }
}

package io.hfmine.cli.commands.annotate;

import io.hfmine.analyzers.issues.IssueSettings;
import io.hfmine.analyzers.issues.sampling.AnnotationExport;
import io.hfmine.cli.support.BaseCommand;
import io.hfmine.cli.support.ExitCode;
import io.hfmine.cli.support.Session;
import io.hfmine.cli.support.UsageException;
import java.nio.file.Path;
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
  }

  @Override
  protected ExitCode execute(Session session) {
    IssueSettings settings = IssueSettings.from(session.config());
    int written = AnnotationExport.export(session.store(), new AnnotationExport.Spec(sample, seed, stratify != null, task,
        ptmSource, annotator, out), settings.annotation());
    session.err().printf("wrote %d issues to %s%n", written, out);
    if (written < sample) {
      session.err().printf("only %d candidate issues for --task %s%n", written, task);
    }
    return ExitCode.SUCCESS;
  }
}

package io.hfmine.cli.commands.annotate;

import io.hfmine.analyzers.issues.IssueSettings;
import io.hfmine.analyzers.issues.sampling.AnnotationFileException;
import io.hfmine.analyzers.issues.sampling.AnnotationImport;
import io.hfmine.cli.support.BaseCommand;
import io.hfmine.cli.support.ExitCode;
import io.hfmine.cli.support.InputFiles;
import io.hfmine.cli.support.Session;
import io.hfmine.cli.support.UsageException;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code hfmine annotate import}: a filled-in annotation CSV into the store, all rows or none. */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = "Import a filled-in annotation CSV. Every row is checked first; one bad row imports nothing.")
public final class AnnotateImportCommand extends BaseCommand {
  @Parameters(paramLabel = "FILE.csv", description = "The annotated CSV.")
  Path file;

  @Option(names = "--annotator", paramLabel = "NAME", description = "Annotator of rows whose annotator cell is empty.")
  String annotator;

  @Override
  protected ExitCode execute(Session session) {
    InputFiles.requireFile(file, "FILE.csv");
    IssueSettings settings = IssueSettings.from(session.config());
    AnnotationImport.Result result;
    try {
      result = AnnotationImport.run(session.store(), settings.loadTaxonomy(), file, annotator);
    } catch (AnnotationFileException e) {
      e.problems().forEach(problem -> session.err().println(problem));
      throw new UsageException(file + ": " + e.problems().size() + " problem(s), nothing imported");
    }
    result.perAnnotator().forEach((name, rows) -> session.out().printf("%-20s %,d issues%n", name, rows));
    if (result.unlabelled() > 0) {
      session.err().printf("%s: %,d row(s) with no label yet (ptm, themes, subthemes and type blank) left out%n",
          file, result.unlabelled());
    }
    return ExitCode.SUCCESS;
  }
}

package io.hfmine.cli.commands.annotate;

import io.hfmine.analyzers.issues.IssueSettings;
import io.hfmine.analyzers.issues.agreement.AgreementStudy;
import io.hfmine.analyzers.issues.agreement.AgreementTable;
import io.hfmine.analyzers.issues.sampling.AnnotationRecords;
import io.hfmine.cli.support.BaseCommand;
import io.hfmine.cli.support.ExitCode;
import io.hfmine.cli.support.Session;
import io.hfmine.cli.support.UsageException;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hfmine annotate agreement}: Cohen's or Fleiss' kappa between annotators, with disagreements. */
@Command(name = "agreement", mixinStandardHelpOptions = true,
    description = "Inter-annotator agreement: Cohen's kappa for two annotators, Fleiss' kappa for more, per label "
        + "and overall, with confusion matrices and the disagreements to reconcile.")
public final class AnnotateAgreementCommand extends BaseCommand {
  @Option(names = "--annotators", split = ",", paramLabel = "A,B", description = "Annotators to compare (default: all).")
  List<String> annotators;

  @Override
  protected ExitCode execute(Session session) {
    IssueSettings settings = IssueSettings.from(session.config());
    try {
      session.out().print(AgreementTable.render(
          AgreementStudy.run(AnnotationRecords.read(session.store()), annotators, settings.loadTaxonomy())));
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    return ExitCode.SUCCESS;
  }
}

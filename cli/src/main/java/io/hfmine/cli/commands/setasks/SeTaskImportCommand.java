package io.hfmine.cli.commands.setasks;

import io.hfmine.analyzers.setasks.confirm.ConfirmationItem;
import io.hfmine.analyzers.setasks.confirm.ConfirmationStore;
import io.hfmine.analyzers.setasks.confirm.SeTaskAnnotationFile;
import io.hfmine.cli.support.BaseCommand;
import io.hfmine.cli.support.ExitCode;
import io.hfmine.cli.support.Session;
import io.hfmine.cli.support.UsageException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code hfmine annotate se-tasks import}: stores a labelled SE-task CSV as human labels. */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = {"Import a labelled CSV written by annotate se-tasks export (relevant: yes/no) as human labels "
        + "(label source human:NAME). Every row is checked first; any problem is listed by line and nothing is "
        + "imported (exit 2). Importing again replaces that annotator's labels of those pairs."})
public final class SeTaskImportCommand extends BaseCommand {
  @Parameters(index = "0", paramLabel = "FILE", description = "The labelled CSV.")
  Path file;

  @Option(names = "--annotator", paramLabel = "NAME", description = "Annotator of rows whose annotator column is empty.")
  String annotator;

  @Override
  protected void validate() {
    if (!Files.isRegularFile(file)) {
      throw new UsageException(file + ": no such file");
    }
  }

  @Override
  protected ExitCode execute(Session session) throws Exception {
    ConfirmationStore store = new ConfirmationStore(session.store());
    Set<ConfirmationStore.Pair> known = new HashSet<>();
    for (ConfirmationItem item : store.pairs()) {
      known.add(new ConfirmationStore.Pair(item.kind(), item.id(), item.activity()));
    }
    SeTaskAnnotationFile.Sheet sheet;
    try {
      sheet = SeTaskAnnotationFile.read(file, annotator, known);
    } catch (SeTaskAnnotationFile.ProblemsException e) {
      e.problems().forEach(session.err()::println);
      throw new UsageException(e.getMessage());
    }
    List<SeTaskAnnotationFile.Label> labels = sheet.labels();
    for (SeTaskAnnotationFile.Label label : labels) {
      store.saveLabel(label.pair(), "human:" + label.annotator(), label.relevant(), label.note(), null, null);
    }
    long yes = labels.stream().filter(SeTaskAnnotationFile.Label::relevant).count();
    session.err().printf("imported %,d label(s) from %s (%,d relevant, %,d not)%n", labels.size(), file, yes,
        labels.size() - yes);
    if (sheet.unlabelled() > 0) {
      session.err().printf("%s: %,d row(s) with relevant still blank left out%n", file, sheet.unlabelled());
    }
    return ExitCode.SUCCESS;
  }
}

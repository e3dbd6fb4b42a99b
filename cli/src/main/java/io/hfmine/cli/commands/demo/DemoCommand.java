package io.hfmine.cli.commands.demo;

import io.hfmine.cli.commands.RunCommand;
import io.hfmine.cli.studyfolder.StudyFolder;
import io.hfmine.cli.support.BaseCommand;
import io.hfmine.cli.support.ExitCode;
import io.hfmine.cli.support.GlobalOptions;
import io.hfmine.cli.support.Session;
import io.hfmine.datasets.store.Store;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hfmine demo}: the whole study on the bundled sample, replayed offline. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"Run the whole study (hfmine run) on the bundled sample, offline: 48 Hugging Face models, "
        + "GitHub code that uses them, 10 downstream projects and their issues, replayed through the real "
        + "clients from a recorded archive.",
        "Prints a summary per stage and where the report and the dataset are."})
public final class DemoCommand extends BaseCommand {
  @Option(names = "--out", paramLabel = "DIR",
      description = "Where the archive, store, report and dataset go (default: ${DEFAULT-VALUE}).")
  Path out = Path.of("hfmine-demo");

  @Override
  protected ExitCode execute(Session session) throws Exception {
    session.err().println("hfmine demo: replaying the bundled sample into " + out.toAbsolutePath() + " (no network)");
    GlobalOptions demo = new GlobalOptions();
    demo.workDir = out;
    demo.config = out.resolve(BundledSample.STUDY);
    demo.replay = out.resolve(BundledSample.ARCHIVE);
    demo.verbose = session.globals().verbose;
    demo.quiet = session.globals().quiet;
    // The store is opened (and locked) before anything in the directory changes.
    Store store = Store.openIn(out);
    try {
      DemoDirectory.prepare(store, out);
      BundledSample.extract(out);
      // The demo's folder remembers its study and archive: later commands on it stay offline.
      StudyFolder.keep(out, demo.config, demo.replay);
    } catch (RuntimeException | java.io.IOException e) {
      store.close();
      throw e;
    }
    Session opened;
    try {
      opened = new Session(demo, "hfmine demo", session.out(), session.err(), store);
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
    try (Session study = opened) {
      ExitCode code = RunCommand.runStudy(study, null, null);
      session.out().println();
      session.out().println("store    " + out.resolve(Store.FILE_NAME).toAbsolutePath());
      session.out().println("try      ./hfmine --work-dir " + out + " status   (or open the store in DuckDB, pandas, R)");
      session.out().println("browse   ./hfmine serve --work-dir " + out + "   (the study in a browser, with annotation)");
      session.out().println("pick     ./hfmine --work-dir " + out + " pick " + out.resolve(BundledSample.PICK)
          .resolve("requests").resolve("text-to-sql-commercial.yaml") + " --explain");
      return code;
    }
  }
}

package io.hfmine.cli.commands.demo;

import io.hfmine.cli.commands.RunCommand;
import io.hfmine.cli.support.BaseCommand;
import io.hfmine.cli.support.ExitCode;
import io.hfmine.cli.support.GlobalOptions;
import io.hfmine.cli.support.Session;
import io.hfmine.datasets.store.Store;
import java.nio.file.Files;
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
    BundledSample.Extracted sample = BundledSample.extract(out);
    // A demo always starts from an empty store, so it shows every stage at work.
    Files.deleteIfExists(out.resolve(Store.FILE_NAME));
    Files.deleteIfExists(out.resolve(Store.FILE_NAME + ".wal"));
    GlobalOptions demo = new GlobalOptions();
    demo.workDir = out;
    demo.config = sample.study();
    demo.replay = sample.archive();
    demo.verbose = session.globals().verbose;
    demo.quiet = session.globals().quiet;
    try (Session study = new Session(demo, "hfmine demo", session.out(), session.err())) {
      ExitCode code = RunCommand.runStudy(study, null, null);
      session.out().println();
      session.out().println("store    " + out.resolve(Store.FILE_NAME).toAbsolutePath());
      session.out().println("try      ./hfmine --work-dir " + out + " status   (or open the store in DuckDB, pandas, R)");
      session.out().println("         ./hfmine --work-dir " + out + " pick " + out.resolve(BundledSample.PICK)
          .resolve("requests").resolve("text-to-sql-commercial.yaml") + " --explain");
      return code;
    }
  }
}

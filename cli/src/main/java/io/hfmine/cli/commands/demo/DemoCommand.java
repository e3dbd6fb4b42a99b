package io.hfmine.cli.commands.demo;

import io.hfmine.cli.commands.models.FunnelTable;
import io.hfmine.cli.support.BaseCommand;
import io.hfmine.cli.support.ExitCode;
import io.hfmine.cli.support.Session;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hfmine demo}: the model catalog on the bundled sample, offline. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"Run the study on the bundled sample, offline: models sync, cards, select and dedup replayed "
        + "from a recorded archive of 30 Hugging Face models.",
        "Prints where the store is and the selection funnel; the store opens in DuckDB, pandas or R."})
public final class DemoCommand extends BaseCommand {
  @Option(names = "--out", paramLabel = "DIR", description = "Where the archive and the store go (default: ${DEFAULT-VALUE}).")
  Path out = Path.of("hfmine-demo");

  @Override
  protected ExitCode execute(Session session) throws Exception {
    PrintWriter err = session.err();
    err.println("hfmine demo: replaying the bundled sample archive into " + out.toAbsolutePath() + " (no network)");
    SampleStudy.Result result = new SampleStudy(session.config(), session.progress()).run(out);
    PrintWriter o = session.out();
    o.printf("models sync    %d models from %d pages%n", result.sync().stored(), result.sync().pages());
    o.printf("models cards   %s; %d malformed header(s)%n", result.cards().byStatus(), result.cards().malformedHeaders());
    o.printf("models dedup   %d near-duplicate group(s), %d variant card(s)%n",
        result.dedup().groups(), result.dedup().members().size() - result.dedup().groups());
    o.println();
    o.println("selection funnel");
    FunnelTable.print(result.funnel(), o);
    o.println();
    o.println("store    " + result.store().toAbsolutePath());
    o.println("archive  " + result.archive().toAbsolutePath());
    o.println("try      ./hfmine --work-dir " + out + " models list --selected   (or: duckdb "
        + result.store() + ")");
    return ExitCode.SUCCESS;
  }
}

package io.hfmine.cli.commands.serve;

import io.hfmine.analyzers.issues.IssueSettings;
import io.hfmine.analyzers.patterns.PatternSettings;
import io.hfmine.analyzers.stats.StatsSettings;
import io.hfmine.analyzers.usage.UsageSettings;
import io.hfmine.cli.support.BaseCommand;
import io.hfmine.cli.support.ExitCode;
import io.hfmine.cli.support.Session;
import io.hfmine.cli.support.UsageException;
import io.hfmine.reports.ReportSettings;
import io.hfmine.web.ServeSettings;
import io.hfmine.web.ServeSpec;
import io.hfmine.web.WebServer;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hfmine serve}: the study in a browser until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Browse the study in a web browser: the funnel, models, usages with their code, patterns, issues, "
        + "the report, and an annotation workspace (writes go to the same tables as 'annotate import'). "
        + "Read-only otherwise; every table downloads as CSV or JSON.",
        "Listens on 127.0.0.1 unless --bind says otherwise; stops on Ctrl-C. While it runs, the store is "
            + "held open: other hfmine commands on the same work directory wait for it to stop."})
public final class ServeCommand extends BaseCommand {
  @Option(names = "--port", paramLabel = "PORT",
      description = "TCP port (default: serve.port, 8080; 0 picks a free one).")
  Integer port;

  @Option(names = "--bind", paramLabel = "ADDRESS",
      description = "Address to listen on (default: serve.bind, 127.0.0.1). Another address exposes the store and "
          + "its annotation forms to the network.")
  String bind;

  @Override
  protected ExitCode execute(Session session) throws Exception {
    ServeSettings settings;
    try {
      settings = ServeSettings.from(session.config()).listeningOn(bind, port);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage().replace("serve.port", "--port").replace("serve.bind", "--bind"));
    }
    IssueSettings issues = IssueSettings.from(session.config());
    StatsSettings stats = session.config().section("stats", StatsSettings.class);
    ReportSettings report = session.config().section("report", ReportSettings.class);
    UsageSettings usage = session.config().section("usage", UsageSettings.class);
    ServeSpec spec = new ServeSpec(settings, issues.loadTaxonomy(), issues.annotation().bodyExcerptChars(),
        stats.labelSources(), session.config().section("patterns", PatternSettings.class), report.title(),
        stats.alpha(), usage.nativeDirectory(), usage.treeSitterBinding(), issues);
    if (!settings.loopbackOnly()) {
      session.err().println("hfmine serve: listening on " + settings.bind() + ": anyone who reaches this machine can "
          + "read the store and write annotations");
    }
    CountDownLatch stop = new CountDownLatch(1);
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook = new Thread(() -> {
      stop.countDown();
      try {
        stopped.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "hfmine-serve-shutdown");
    try (WebServer server = WebServer.start(session.store(), spec, session.progress())) {
      session.err().println("hfmine serve: " + server.url() + "  (store " + session.store().file() + "; Ctrl-C stops)");
      session.err().flush();
      Runtime.getRuntime().addShutdownHook(hook);
      stop.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      // Annotations are committed already; a checkpoint folds the write-ahead log into the file.
      session.store().read(connection -> connection.createStatement().execute("CHECKPOINT"));
      stopped.countDown();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException | IllegalArgumentException e) {
        // Already shutting down (Ctrl-C), or never registered (the server did not start).
      }
    }
    session.err().println("hfmine serve: stopped");
    return ExitCode.SUCCESS;
  }
}

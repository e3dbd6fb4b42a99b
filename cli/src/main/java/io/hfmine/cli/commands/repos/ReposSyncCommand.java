package io.hfmine.cli.commands.repos;

import io.hfmine.cli.commands.code.CrawlReportPrinter;
import io.hfmine.cli.support.BaseCommand;
import io.hfmine.cli.support.ExitCode;
import io.hfmine.cli.support.Session;
import io.hfmine.crawler.github.GithubCrawler;
import io.hfmine.crawler.github.repos.RepositorySyncSpec;
import io.hfmine.datasets.progress.Progress;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code hfmine repos sync}: metadata of the repositories with code hits, or of those named. */
@Command(name = "sync", mixinStandardHelpOptions = true,
    description = {"Fetch repository metadata (stars, forks, commits, issues, license, topics ...) of every "
        + "repository with code hits, or of the repositories named.",
        "Renames are followed; 404/451 recorded."})
public final class ReposSyncCommand extends BaseCommand {
  @Parameters(paramLabel = "OWNER/NAME", arity = "0..*", description = "Repositories to sync (default: all with hits).")
  List<String> repositories = new ArrayList<>();

  @Option(names = "--refresh", description = "Fetch again repositories already synced.")
  boolean refresh;

  @Override
  protected void validate() {
    RepositoryNames.check("OWNER/NAME", repositories);
  }

  @Override
  protected ExitCode execute(Session session) {
    GithubCrawler crawler = CrawlReportPrinter.crawler(session);
    try (Progress progress = session.progress().start("repos sync")) {
      return CrawlReportPrinter.print(session, "repos sync",
          crawler.syncRepositories(new RepositorySyncSpec(repositories, refresh), progress), crawler);
    }
  }
}

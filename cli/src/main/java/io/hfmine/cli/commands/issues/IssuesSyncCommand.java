package io.hfmine.cli.commands.issues;

import io.hfmine.cli.commands.code.CrawlReportPrinter;
import io.hfmine.cli.commands.repos.RepositoryNames;
import io.hfmine.cli.support.BaseCommand;
import io.hfmine.cli.support.ExitCode;
import io.hfmine.cli.support.Session;
import io.hfmine.cli.support.UsageException;
import io.hfmine.crawler.github.GithubCrawler;
import io.hfmine.crawler.github.issues.IssueSyncSpec;
import io.hfmine.datasets.progress.Progress;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hfmine issues sync}: every issue (no pull requests) and comment, incrementally. */
@Command(name = "sync", mixinStandardHelpOptions = true,
    description = {"Fetch every issue (pull requests excluded) with comments, labels, author and timestamps.",
        "A re-run fetches only what changed since the repository's checkpoint."})
public final class IssuesSyncCommand extends BaseCommand {
  @Option(names = "--repo", paramLabel = "OWNER/NAME", arity = "1..*", description = "Repositories to crawl.")
  List<String> repositories = new ArrayList<>();

  @Option(names = "--selected", description = "Crawl the repositories chosen by 'hfmine repos select'.")
  boolean selected;

  @Override
  protected void validate() {
    if (repositories.isEmpty() == !selected) {
      throw new UsageException("give either --repo OWNER/NAME... or --selected (exactly one of them)");
    }
    RepositoryNames.check("--repo", repositories);
  }

  @Override
  protected ExitCode execute(Session session) {
    GithubCrawler crawler = CrawlReportPrinter.crawler(session);
    try (Progress progress = session.progress().start("issues sync")) {
      return CrawlReportPrinter.print(session, "issues sync",
          crawler.syncIssues(new IssueSyncSpec(repositories, selected), progress), crawler);
    }
  }
}

package io.hfmine.cli.commands.code;

import io.hfmine.cli.support.BaseCommand;
import io.hfmine.cli.support.ExitCode;
import io.hfmine.cli.support.Session;
import io.hfmine.crawler.github.GithubCrawler;
import io.hfmine.datasets.progress.Progress;
import picocli.CommandLine.Command;

/** {@code hfmine code fetch}: the content of every code-search hit, each blob once. */
@Command(name = "fetch", mixinStandardHelpOptions = true,
    description = {"Download each distinct blob of the code hits once (by sha) and store its text.",
        "Files over github.fetch.max-file-bytes and binary files are recorded as skipped."})
public final class CodeFetchCommand extends BaseCommand {
  @Override
  protected ExitCode execute(Session session) {
    GithubCrawler crawler = CrawlReportPrinter.crawler(session);
    try (Progress progress = session.progress().start("code fetch")) {
      return CrawlReportPrinter.print(session, "code fetch", crawler.fetchBlobs(progress), crawler);
    }
  }
}

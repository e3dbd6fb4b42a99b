package io.hfmine.cli.commands.arxiv;

import io.hfmine.cli.commands.setasks.HubSources;
import io.hfmine.cli.support.BaseCommand;
import io.hfmine.cli.support.ExitCode;
import io.hfmine.cli.support.Session;
import io.hfmine.crawler.arxiv.ArxivFetch;
import picocli.CommandLine.Command;

/** {@code hfmine arxiv fetch}: fetches the abstracts the store's arxiv: tags name. */
@Command(name = "fetch", mixinStandardHelpOptions = true,
    description = {"Fetch title, abstract, dates and categories of every paper an arxiv:ID tag of a stored model or "
        + "dataset names, through the arXiv API (Atom), se-tasks.arxiv.ids-per-request ids a request, one request "
        + "every se-tasks.arxiv.delay-millis (arXiv asks for 3 s).",
        "Stored papers are skipped and failed ones retried, so a killed run resumes (table arxiv_papers)."})
public final class ArxivFetchCommand extends BaseCommand {
  @Override
  protected ExitCode execute(Session session) {
    ArxivFetch.Result result = HubSources.arxiv(session).run(session.progress());
    session.err().printf("arxiv fetch: %,d id(s) named by tags, %,d fetched now: %,d ok, %,d missing, %,d failed%n",
        result.named(), result.fetched(), result.ok(), result.missing(), result.failed());
    result.failures().forEach(f -> session.err().println("  failed: " + f));
    return result.failed() > 0 ? ExitCode.PARTIAL : ExitCode.SUCCESS;
  }
}

package io.hfmine.cli.commands.code;

import io.hfmine.analyzers.usage.canonical.ModelAliases;
import io.hfmine.cli.support.BaseCommand;
import io.hfmine.cli.support.ExitCode;
import io.hfmine.cli.support.Session;
import io.hfmine.cli.support.UsageException;
import io.hfmine.crawler.github.GithubCrawler;
import io.hfmine.crawler.github.code.CodeSearchSpec;
import io.hfmine.datasets.progress.Progress;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hfmine code search}: GitHub code search for each model id, sliced under the 1,000-result cap. */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = {"Search GitHub code for each model id (default: the selected models) and store the hits.",
        "Queries over 1,000 results are split by file size; a killed run resumes where it stopped."})
public final class CodeSearchCommand extends BaseCommand {
  @Option(names = "--models", paramLabel = "selected|ID", split = ",", arity = "1..*",
      description = "'selected' (the stored model selection, default) or model ids.")
  List<String> models = new ArrayList<>(List.of("selected"));

  @Option(names = "--language", paramLabel = "NAME",
      description = "GitHub language to search (repeatable; default: github.code-search.languages).")
  List<String> languages = new ArrayList<>();

  @Override
  protected void validate() {
    if (models.contains("selected") && models.size() > 1) {
      throw new UsageException("--models takes either 'selected' or model ids, not both");
    }
    for (String model : models) {
      if (model.isBlank() || model.contains("\"")) {
        throw new UsageException("--models: '" + model + "' is not a model id");
      }
    }
  }

  @Override
  protected ExitCode execute(Session session) {
    List<String> ids = models.contains("selected") ? List.of() : models;
    GithubCrawler crawler = CrawlReportPrinter.crawler(session);
    try (Progress progress = session.progress().start("code search")) {
      return CrawlReportPrinter.print(session, "code search",
          crawler.searchCode(new CodeSearchSpec(ids, languages, ModelAliases.shipped()::spellingsOf), progress),
          crawler);
    }
  }
}

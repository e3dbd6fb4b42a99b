package io.hfmine.cli.commands.pick;

import io.hfmine.analyzers.issues.llm.StoreLlmCache;
import io.hfmine.analyzers.pick.ModelSearch;
import io.hfmine.analyzers.pick.PickSettings;
import io.hfmine.analyzers.pick.llm.LlmAttributeFiller;
import io.hfmine.analyzers.pick.store.LlmValidationRecord;
import io.hfmine.analyzers.pick.store.StoreExtraction;
import io.hfmine.cli.support.BaseCommand;
import io.hfmine.cli.support.ExitCode;
import io.hfmine.cli.support.Session;
import io.hfmine.cli.support.UsageException;
import io.hfmine.datasets.progress.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hfmine pick extract}: the template attributes of every model, into {@code pick_attributes}. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = {"Extract the template attributes of every model in the store into pick_attributes, with the "
        + "source of each value: the card's YAML header and model-index, the Hub's tags and safetensors counts, and "
        + "the card's sections (intended use, limitations, bias, training data, evaluation, hardware).",
        "Only models whose listing or card changed are extracted again. --llm fills the prose attributes the rules "
        + "left empty through the llm-client endpoint, once hfmine pick validate-llm has passed."})
public final class PickExtractCommand extends BaseCommand {
  @Option(names = "--again", description = "Extract every model again, changed or not.")
  boolean again;

  @Option(names = "--llm", description = "Run the LLM pass too (pick.extraction.llm.enabled).")
  boolean llm;

  @Override
  protected ExitCode execute(Session session) {
    try (ModelSearch search = PickSupport.search(session)) {
      PickSettings.Llm settings = search.settings().extraction().llm();
      LlmAttributeFiller filler = null;
      if (llm || settings.enabled()) {
        String model = session.chatSettings().model();
        filler = new LlmAttributeFiller(session.chatModel(), model, settings, new StoreLlmCache(session.store()),
            search.template(), search.extractor(), session.chatSettings().concurrency());
        if (!LlmValidationRecord.passed(session.store(), model, filler.promptSha256())) {
          throw new UsageException("the LLM extraction with " + model + " and this prompt has not passed validation; "
              + "run hfmine pick validate-llm --sample FILE first (see the README, Model search)");
        }
      }
      StoreExtraction.Report report;
      try (Progress progress = session.progress().start("pick extract")) {
        report = search.extract(again, filler, progress);
      }
      session.err().printf("pick extract: %,d models, %,d extracted, %,d unchanged, %,d gone%s%n", report.models(),
          report.extracted(), report.unchanged(), report.removed(),
          filler == null ? "" : "; LLM pass by " + filler.model());
      report.llmFailures().forEach(failure -> session.err().println("llm failed: " + failure));
      return report.llmFailures().isEmpty() ? ExitCode.SUCCESS : ExitCode.PARTIAL;
    }
  }
}

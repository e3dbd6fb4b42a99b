package io.hfmine.cli.commands.pick;

import io.hfmine.analyzers.issues.llm.StoreLlmCache;
import io.hfmine.analyzers.pick.ModelSearch;
import io.hfmine.analyzers.pick.PickSettings;
import io.hfmine.analyzers.pick.llm.ExtractionValidation;
import io.hfmine.analyzers.pick.llm.LlmAttributeFiller;
import io.hfmine.analyzers.pick.store.LlmValidationRecord;
import io.hfmine.cli.support.BaseCommand;
import io.hfmine.cli.support.ExitCode;
import io.hfmine.cli.support.Session;
import io.hfmine.cli.support.UsageException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hfmine pick validate-llm}: the LLM extraction against a hand-checked sample. */
@Command(name = "validate-llm", mixinStandardHelpOptions = true,
    description = {"Compare the LLM extraction with a hand-checked sample (CSV: model_id, attribute, value; value "
        + "'none' when the card does not state it): Cohen's kappa on whether each attribute is stated, and the mean "
        + "token F1 of values both found. hfmine pick extract --llm runs only after this passed "
        + "(pick.extraction.llm.min-kappa, min-f1) for the same chat model and prompt."})
public final class PickValidateLlmCommand extends BaseCommand {
  @Option(names = "--sample", required = true, paramLabel = "FILE", description = "The hand-checked sample (CSV).")
  Path sample;

  @Override
  protected void validate() {
    if (!Files.isRegularFile(sample)) {
      throw new UsageException("sample file " + sample + " does not exist");
    }
  }

  @Override
  protected ExitCode execute(Session session) {
    try (ModelSearch search = PickSupport.search(session)) {
      PickSettings.Llm settings = search.settings().extraction().llm();
      String model = session.chatSettings().model();
      LlmAttributeFiller filler = new LlmAttributeFiller(session.chatModel(), model, settings,
          new StoreLlmCache(session.store()), search.template(), search.extractor());
      List<ExtractionValidation.Item> items;
      try {
        items = ExtractionValidation.readSample(sample, filler.fillable());
      } catch (IllegalArgumentException e) {
        throw new UsageException(e.getMessage());
      }
      ExtractionValidation.Result result = ExtractionValidation.run(items, search::sources, filler, settings.minKappa(),
          settings.minF1());
      LlmValidationRecord.write(session.store(), model, filler.promptSha256(), sample.getFileName().toString(), result,
          Instant.now());
      session.out().printf(Locale.ROOT, "model          %s%n", model);
      session.out().printf(Locale.ROOT, "items          %d values of %d models%n", result.items(), result.models());
      session.out().printf(Locale.ROOT, "stated or not  Cohen's kappa %.3f (observed agreement %.3f; needs %.2f)%n",
          result.presenceKappa(), result.observedPresence(), result.minKappa());
      session.out().printf(Locale.ROOT, "values         mean token F1 %.3f over %d values both found (needs %.2f)%n",
          result.meanF1(), result.bothStated(), result.minF1());
      result.f1ByAttribute().forEach((attribute, f1) ->
          session.out().printf(Locale.ROOT, "  %-20s F1 %.3f%n", attribute, f1));
      session.out().println(result.passed() ? "passed: hfmine pick extract --llm may run with this model and prompt"
          : "not passed: hfmine pick extract --llm stays refused for this model and prompt");
      return result.passed() ? ExitCode.SUCCESS : ExitCode.FAILURE;
    }
  }
}

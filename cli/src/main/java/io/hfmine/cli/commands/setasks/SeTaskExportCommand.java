package io.hfmine.cli.commands.setasks;

import io.hfmine.analyzers.setasks.SeTaskSettings;
import io.hfmine.analyzers.setasks.confirm.ConfirmationItem;
import io.hfmine.analyzers.setasks.confirm.ConfirmationStore;
import io.hfmine.analyzers.setasks.confirm.SeTaskAnnotationFile;
import io.hfmine.analyzers.setasks.confirm.ValidationSampling;
import io.hfmine.cli.support.BaseCommand;
import io.hfmine.cli.support.ExitCode;
import io.hfmine.cli.support.Session;
import io.hfmine.cli.support.UsageException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hfmine annotate se-tasks export}: draws a validation sample and writes it as a CSV to label. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Draw a sample of (model or dataset, activity) pairs among the unique SE items and write it as a "
        + "CSV for a human to label (column relevant: yes or no).",
        "--sample pilot draws one sample per activity; generalisation draws one set from the pairs no pilot holds. "
            + "Sizes come from Cochran's formula with finite-population correction for se-tasks.confirmation "
            + "confidence and margin (95 % / 5 % by default); the seed makes the draw reproducible."})
public final class SeTaskExportCommand extends BaseCommand {
  @Option(names = "--sample", required = true, paramLabel = "NAME", description = "pilot or generalisation.")
  String sample;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "CSV file to write.")
  Path out;

  @Option(names = "--seed", paramLabel = "N", description = "Seed of the draw (default se-tasks.confirmation.seed).")
  Long seed;

  @Override
  protected void validate() {
    if (!List.of(ValidationSampling.PILOT, ValidationSampling.GENERALISATION).contains(sample)) {
      throw new UsageException("--sample must be pilot or generalisation; got '" + sample + "'");
    }
  }

  @Override
  protected ExitCode execute(Session session) throws Exception {
    SeTaskSettings.Confirmation settings = SeTaskRun.settings(session).confirmation();
    long drawSeed = seed != null ? seed : settings.seed();
    ConfirmationStore store = new ConfirmationStore(session.store());
    List<ConfirmationItem> candidates = store.pairs();
    if (candidates.isEmpty()) {
      throw new UsageException("no unique SE items to sample: run hfmine models classify-se first");
    }
    ValidationSampling.Drawn drawn = sample.equals(ValidationSampling.PILOT)
        ? ValidationSampling.pilot(candidates, settings.confidence(), settings.margin(), drawSeed)
        : ValidationSampling.generalisation(candidates, new HashSet<>(store.sample(ValidationSampling.PILOT)),
            settings.confidence(), settings.margin(), drawSeed);
    store.saveSample(sample, drawn.pairs(), drawn.populations(), drawSeed);
    Map<ConfirmationStore.Pair, ConfirmationItem> byPair = new LinkedHashMap<>();
    candidates.forEach(item -> byPair.put(new ConfirmationStore.Pair(item.kind(), item.id(), item.activity()), item));
    List<ConfirmationItem> rows = drawn.pairs().stream().map(byPair::get).toList();
    Map<ConfirmationItem, String> excerpts = new LinkedHashMap<>();
    rows.forEach(item -> excerpts.put(item, store.excerpt(item, 600)));
    SeTaskAnnotationFile.write(out, sample, rows, excerpts);
    session.out().printf("%-28s %12s %8s%n", "activity", "population", "sample");
    drawn.sizes().forEach((activity, size) -> session.out().printf("%-28s %,12d %,8d%n", activity,
        drawn.populations().get(activity), size));
    session.err().printf("wrote %,d pair(s) of the %s sample to %s (seed %d)%n", rows.size(), sample, out, drawSeed);
    return ExitCode.SUCCESS;
  }
}

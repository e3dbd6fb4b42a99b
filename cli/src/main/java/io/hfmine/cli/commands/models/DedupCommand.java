package io.hfmine.cli.commands.models;

import io.hfmine.analyzers.cards.CardDedupStage;
import io.hfmine.analyzers.cards.CardDeduplicator;
import io.hfmine.cli.support.BaseCommand;
import io.hfmine.cli.support.ExitCode;
import io.hfmine.cli.support.Session;
import io.hfmine.cli.support.UsageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hfmine models dedup}: groups near-identical model cards. */
@Command(name = "dedup", mixinStandardHelpOptions = true,
    description = {"Group near-identical model cards (TF-IDF cosine >= threshold, default 0.99): the earliest-created "
        + "card of a group is the original, the others its variants (table card_duplicates).",
        "Uses MinHash/LSH blocking, so it never compares all pairs."})
public final class DedupCommand extends BaseCommand {
  @Option(names = "--threshold", paramLabel = "T", description = "Cosine threshold in (0, 1] (config hf.dedup.threshold).")
  Double threshold;

  @Override
  protected void validate() {
    if (threshold != null && (threshold <= 0 || threshold > 1)) {
      throw new UsageException("--threshold must be in (0, 1]; got " + threshold);
    }
  }

  @Override
  protected ExitCode execute(Session session) {
    CardDeduplicator.Result result = new CardDedupStage(session.store(),
        HubConnection.dedupSettings(session, threshold), session.progress()).run();
    session.out().printf("cards compared      %,d%n", result.cards());
    session.out().printf("duplicate groups    %,d%n", result.groups());
    session.out().printf("variants            %,d%n", result.members().size() - result.groups());
    session.err().printf("models dedup: %,d candidate pair(s) from blocking, %,d cosine(s) computed%n",
        result.candidatePairs(), result.comparedPairs());
    return ExitCode.SUCCESS;
  }
}

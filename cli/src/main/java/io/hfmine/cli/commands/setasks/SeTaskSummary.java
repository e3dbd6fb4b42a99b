package io.hfmine.cli.commands.setasks;

import io.hfmine.analyzers.setasks.SeTaskClassification;
import io.hfmine.analyzers.setasks.match.ItemClassifier;
import io.hfmine.analyzers.setasks.store.SeTaskCounts;
import java.io.PrintWriter;
import java.util.Map;

/** Prints the SE-task funnel per kind, as the reference study reports it, and the rules' work. */
public final class SeTaskSummary {
  private SeTaskSummary() {
  }

  public static void print(SeTaskClassification.Result result, PrintWriter out) {
    for (SeTaskClassification.KindResult kind : result.kinds()) {
      SeTaskCounts counts = kind.counts();
      out.printf("%s%n", kind.kind().plural());
      out.printf("%-4s %12s  %s%n", "step", "remaining", "description");
      out.printf("%-4d %,12d  %s%n", 0, kind.inStore(), kind.kind().plural() + " in the store");
      out.printf("%-4d %,12d  %s (%s through arXiv abstracts only)%n", 1, counts.matched(),
          "mention an SE task in card, metadata or arXiv abstract", String.format("%,d", counts.onlyAbstract()));
      out.printf("%-4d %,12d  %s%n", 2, counts.kept(), "after the exclusion rules");
      out.printf("%-4d %,12d  %s (%d group(s))%n", 3, counts.unique(), "unique cards (near-duplicates collapsed)",
          kind.duplicateGroups());
      if (counts.confirmationRan()) {
        out.printf("%-4d %,12d  %s%n", 4, counts.confirmed(), "confirmed by the LLM for some activity");
      }
      out.printf("cards: %,d no README, %,d empty, %,d without SE task, %,d with SE task%n", counts.noCard(),
          counts.emptyCard(), counts.cardWithoutTask(), counts.cardWithTask());
      if (!kind.excludedByRule().isEmpty()) {
        out.println("matches dropped by exclusion rules:");
        for (Map.Entry<String, Long> rule : kind.excludedByRule().entrySet()) {
          out.printf("  %-32s %,10d%n", rule.getKey(), rule.getValue());
        }
      }
      out.println();
    }
    out.flush();
  }

  public static String matchingLine(SeTaskClassification.Result result) {
    ItemClassifier.Stats stats = result.matching();
    double share = stats.sentences() == 0 ? 0 : 100.0 * stats.taggedSentences() / stats.sentences();
    return String.format("classify-se: %,d sentences read, %,d tagged (%.1f%%), %,d distinct words lemmatised%s",
        stats.sentences(), stats.taggedSentences(), share, stats.wordsLemmatised(),
        result.resumed() ? "; resumed a killed run" : "");
  }
}

package io.hfmine.cli.pipeline;

import io.hfmine.analyzers.setasks.SeTaskClassification;
import io.hfmine.cli.commands.setasks.SeTaskConfirm;
import io.hfmine.cli.commands.setasks.SeTaskRun;
import io.hfmine.cli.support.Session;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The SE-task stages of {@code hfmine run}: the same code as {@code models classify-se}. */
final class SeTaskStages {
  private static final Logger LOG = LoggerFactory.getLogger(SeTaskStages.class);

  private SeTaskStages() {
  }

  static StageOutcome classify(Session session) {
    SeTaskClassification.Result result = SeTaskRun.classify(session, SeTaskRun.Overrides.NONE);
    SeTaskConfirm.Outcome confirmation = SeTaskConfirm.run(session,
        SeTaskRun.settings(session).confirmation().enabled());
    LOG.info("{}", confirmation.message());
    Map<String, Long> counts = new LinkedHashMap<>();
    for (SeTaskClassification.KindResult kind : SeTaskRun.refreshed(session, result).kinds()) {
      String prefix = kind.kind().key().equals("model") ? "" : kind.kind().key() + "-";
      counts.put(prefix + "matched", kind.counts().matched());
      counts.put(prefix + "kept", kind.counts().kept());
      counts.put(prefix + "unique", kind.counts().unique());
      if (confirmation.ran()) {
        counts.put(prefix + "confirmed", kind.counts().confirmed());
      }
    }
    List<String> notes = confirmation.ran() ? List.of()
        : List.of("se-tasks LLM confirmation not run (se-tasks.confirmation.enabled: false): the SE-task funnel "
            + "stops after near-duplicates");
    return StageOutcome.of(counts).withFailures(confirmation.failures()).withOutputs(notes);
  }
}

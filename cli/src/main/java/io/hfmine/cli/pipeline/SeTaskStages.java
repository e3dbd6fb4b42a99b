package io.hfmine.cli.pipeline;

import io.hfmine.analyzers.setasks.SeTaskClassification;
import io.hfmine.cli.commands.setasks.HubSources;
import io.hfmine.cli.commands.setasks.SeTaskConfirm;
import io.hfmine.cli.commands.setasks.SeTaskRun;
import io.hfmine.cli.support.Session;
import io.hfmine.crawler.arxiv.ArxivFetch;
import io.hfmine.crawler.hf.CardFetch;
import io.hfmine.crawler.hf.ModelSync;
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

  static StageOutcome datasets(Session session) throws java.io.IOException {
    ModelSync.Result result = HubSources.syncDatasets(session,
        HubSources.datasetQuery(SeTaskRun.settings(session).datasets()));
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("datasets", result.storedInAll());
    counts.put("pages", (long) result.pages());
    if (result.rejected() > 0) {
      counts.put("rejected (listing_rejects)", result.rejected());
    }
    return StageOutcome.of(counts);
  }

  static StageOutcome datasetCards(Session session) throws java.io.IOException {
    CardFetch.Result result = HubSources.datasetCards(session).run(new CardFetch.Spec(false, false));
    Map<String, Long> counts = new LinkedHashMap<>();
    result.byStatus().forEach((status, count) -> counts.put(status, count.longValue()));
    counts.put("malformed-headers", (long) result.malformedHeaders());
    return StageOutcome.of(counts).withFailures(result.failed() > 0
        ? List.of(result.failed() + " dataset card(s) failed (crawl_units kind dataset-card)") : List.of());
  }

  static StageOutcome arxiv(Session session) {
    ArxivFetch.Result result = HubSources.arxiv(session).run(session.progress());
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("named", (long) result.named());
    counts.put("ok", (long) result.ok());
    counts.put("missing", (long) result.missing());
    counts.put("failed", (long) result.failed());
    return StageOutcome.of(counts).withFailures(result.failures());
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

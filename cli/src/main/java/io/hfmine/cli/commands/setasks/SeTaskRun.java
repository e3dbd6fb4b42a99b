package io.hfmine.cli.commands.setasks;

import io.hfmine.analyzers.cards.CardDeduplicator;
import io.hfmine.analyzers.setasks.SeTaskClassification;
import io.hfmine.analyzers.setasks.SeTaskSettings;
import io.hfmine.analyzers.setasks.store.ItemKind;
import io.hfmine.analyzers.setasks.taxonomy.SeTaxonomy;
import io.hfmine.cli.commands.models.HubConnection;
import io.hfmine.cli.support.Session;
import java.util.List;
import java.util.Set;

/**
 * Turns the {@code se-tasks} section (and a command's overrides) into a classification spec, for
 * {@code models classify-se} and the study's {@code se-tasks} stage alike.
 */
public final class SeTaskRun {
  private SeTaskRun() {
  }

  /** Overrides from the command line; null (or empty) keeps the configured value. */
  public record Overrides(List<String> kinds, List<String> ruleOrigins, String taxonomy, Integer threads,
      boolean exhaustive) {
    public static final Overrides NONE = new Overrides(List.of(), null, null, null, false);
  }

  public static SeTaskSettings settings(Session session) {
    return SeTaskSettings.from(session.config());
  }

  public static SeTaskClassification.Spec spec(Session session, Overrides overrides) {
    SeTaskSettings settings = settings(session);
    String location = overrides.taxonomy() != null ? overrides.taxonomy() : settings.taxonomy();
    SeTaxonomy taxonomy = SeTaxonomy.load(location);
    List<String> kinds = overrides.kinds().isEmpty() ? settings.kinds() : overrides.kinds();
    Set<String> origins = Set.copyOf(overrides.ruleOrigins() != null ? overrides.ruleOrigins() : settings.ruleOrigins());
    CardDeduplicator.Settings blocking = HubConnection.dedupSettings(session, settings.dedupThreshold());
    return new SeTaskClassification.Spec(kinds.stream().map(ItemKind::of).toList(), taxonomy, location, origins,
        overrides.threads() != null ? overrides.threads() : settings.threads(), settings.batchSize(),
        settings.lemmaCacheWords(), blocking, overrides.exhaustive(), settings.benchmarks());
  }

  /** The result with each kind's counts read again (after the LLM step changed them). */
  public static SeTaskClassification.Result refreshed(Session session, SeTaskClassification.Result result) {
    return new SeTaskClassification.Result(result.kinds().stream()
        .map(kind -> new SeTaskClassification.KindResult(kind.kind(), kind.inStore(),
            io.hfmine.analyzers.setasks.store.SeTaskCounts.of(session.store(), kind.kind()), kind.excludedByRule(),
            kind.duplicateGroups()))
        .toList(), result.resumed(), result.matching());
  }

  public static SeTaskClassification.Result classify(Session session, Overrides overrides) {
    return new SeTaskClassification(session.store()).run(spec(session, overrides), session.progress());
  }
}

package io.hfmine.analyzers.pick.store;

import io.hfmine.analyzers.pick.extract.MetadataExtractor;
import io.hfmine.analyzers.pick.extract.ModelMetadata;
import io.hfmine.analyzers.pick.extract.ModelSource;
import io.hfmine.analyzers.pick.llm.LlmAttributeFiller;
import io.hfmine.analyzers.pick.llm.LlmExtractionException;
import io.hfmine.datasets.hashing.Hashes;
import io.hfmine.datasets.hf.CardFrontMatter;
import io.hfmine.datasets.hf.ModelCatalog;
import io.hfmine.datasets.hf.ModelRecord;
import io.hfmine.datasets.llm.FailureStreak;
import io.hfmine.datasets.llm.OrderedCalls;
import io.hfmine.datasets.progress.Progress;
import io.hfmine.datasets.store.JsonRows;
import io.hfmine.datasets.store.Store;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Extracts the attributes of every model of the store into {@code pick_attributes}, incrementally:
 * a model is extracted again only when its listing, its card or the extraction settings changed
 * (compared by a hash of them), and models gone from the catalog lose their rows. Each chunk of
 * models commits with its bookkeeping, so a killed run resumes where it stopped.
 */
public final class StoreExtraction {
  /** Models extracted and committed together: what a killed run redoes at most. */
  private static final int CHUNK = 500;
  /**
   * Models whose sources are read together (a multiple of CHUNK). Reading a set of models joins
   * the catalog with the cards, a scan of both tables whatever the set's size: one read per 500
   * models cost more than extracting them.
   */
  private static final int READ_CHUNK = 10 * CHUNK;

  private final Store store;
  private final MetadataExtractor extractor;
  private final CardFrontMatter parser;
  private final String settingsHash;
  private final LlmAttributeFiller filler;
  private final Clock clock;

  /**
   * @param settingsHash identifies the template and extraction settings: a change re-extracts every model
   * @param filler the LLM pass, or null
   */
  public StoreExtraction(Store store, MetadataExtractor extractor, CardFrontMatter parser, String settingsHash,
      LlmAttributeFiller filler, Clock clock) {
    this.store = store;
    this.extractor = extractor;
    this.parser = parser;
    this.settingsHash = settingsHash;
    this.filler = filler;
    this.clock = clock;
  }

  /**
   * What a run did; {@code llmFailures} names cards the chat model could not answer for (their
   * rule-based attributes are stored, and the next run with the LLM pass asks again).
   */
  public record Report(int models, int extracted, int unchanged, int removed, List<String> llmFailures) {
  }

  public Report run(boolean again, Progress progress) {
    Map<String, String> inputs = currentInputs();
    Map<String, PickAttributeTable.Inputs> stored = PickAttributeTable.inputs(store);
    String llm = filler == null ? null : filler.model() + "@" + filler.promptSha256().substring(0, 12);
    List<String> changed = new ArrayList<>();
    inputs.forEach((id, hash) -> {
      PickAttributeTable.Inputs done = stored.get(id);
      // Without the LLM pass, values an earlier LLM pass added stay as long as the inputs are unchanged.
      if (again || done == null || !hash.equals(done.sha256()) || llm != null && !llm.equals(done.llm())) {
        changed.add(id);
      }
    });
    Set<String> gone = new HashSet<>(stored.keySet());
    gone.removeAll(inputs.keySet());
    if (!gone.isEmpty()) {
      store.transaction(connection -> {
        PickAttributeTable.delete(connection, gone);
        return null;
      });
    }
    progress.total(changed.size());
    List<String> failures = new ArrayList<>();
    FailureStreak streak = new FailureStreak();
    boolean asking = filler != null;
    int notAsked = 0;
    List<ModelSource> read = List.of();
    // The rules' attributes, then the LLM's fill, from as many threads as llm-client.concurrency allows.
    try (OrderedCalls<ModelSource, ModelMetadata> fills = new OrderedCalls<>(filler == null ? 1 : filler.concurrency(),
        source -> filler.fill(source, extractor.extract(source)))) {
      for (int start = 0; start < changed.size(); start += CHUNK) {
        List<String> ids = changed.subList(start, Math.min(changed.size(), start + CHUNK));
        if (start % READ_CHUNK == 0) {
          read = sources(changed.subList(start, Math.min(changed.size(), start + READ_CHUNK)));
        }
        // Each source names its model, so a model removed since the inputs were read is merely absent.
        List<ModelSource> sources = read.subList(Math.min(read.size(), start % READ_CHUNK),
            Math.min(read.size(), start % READ_CHUNK + ids.size()));
        List<PickAttributeTable.Extracted> extracted;
        if (filler == null) {
          // Rules alone are pure and CPU-bound: the chunk's models are extracted on every core.
          extracted = sources.parallelStream().map(source -> new PickAttributeTable.Extracted(extractor.extract(source),
              inputs.get(source.model().id()), source.cardStatus(), null)).toList();
          progress.step(extracted.size());
        } else {
          extracted = new ArrayList<>(ids.size());
          if (asking) {
            fills.start(sources);
          }
          for (int i = 0; i < sources.size(); i++) {
            ModelSource source = sources.get(i);
            ModelMetadata metadata = null;
            String filledBy = null;
            if (asking) {
              try {
                metadata = fills.outcome(i);
                filledBy = llm;
                streak.answered();
              } catch (LlmExtractionException e) {
                failures.add(source.model().id() + ": " + e.getMessage());
                if (streak.failed()) {
                  // The rules go on; only the asking stops.
                  asking = false;
                  fills.cancelRest();
                }
              }
            } else {
              notAsked++;
            }
            if (metadata == null) {
              metadata = extractor.extract(source);
            }
            extracted.add(new PickAttributeTable.Extracted(metadata, inputs.get(source.model().id()), source.cardStatus(),
                filledBy));
            progress.step();
          }
        }
        store.transaction(connection -> {
          PickAttributeTable.replace(connection, extracted, stored::containsKey, clock.instant());
          return null;
        });
      }
    }
    if (notAsked > 0) {
      failures.add(String.format(Locale.ROOT, "the LLM pass stopped after %d models in a row got no answer; %,d model(s)"
          + " have the rules' attributes only; run the extraction again when the endpoint answers (it asks only the"
          + " models this LLM has not filled)",
          FailureStreak.STOP_AFTER, notAsked));
    }
    return new Report(inputs.size(), changed.size(), inputs.size() - changed.size(), gone.size(), failures);
  }

  // The hash of what each model's attributes depend on: its listing fields, its card (by hash) and the settings.
  private Map<String, String> currentInputs() {
    return store.read(connection -> {
      Map<String, String> inputs = new LinkedHashMap<>();
      try (PreparedStatement query = connection.prepareStatement("""
          SELECT m.*, c.status AS card_status, c.sha256 AS card_sha256
          FROM models m LEFT JOIN model_cards c ON c.model_id = m.id ORDER BY m.id""")) {
        query.setFetchSize(10_000);
        try (ResultSet rows = query.executeQuery()) {
          while (rows.next()) {
            ModelRecord model = ModelCatalog.read(rows);
            inputs.put(model.id(), Hashes.sha256(settingsHash + "\n" + model + "\n" + rows.getString("card_status") + "\n"
                + rows.getString("card_sha256")));
          }
        }
      }
      return inputs;
    });
  }

  /** The sources (record, card header and body) of these models, by id order. */
  public List<ModelSource> sources(List<String> ids) {
    // The store is read on one thread; the front matter is parsed on every core.
    return stored(ids).parallelStream().map(row -> ModelSource.of(row.model(), row.text(), row.status(), parser)).toList();
  }

  private record StoredSource(ModelRecord model, String text, String status) {
  }

  private List<StoredSource> stored(List<String> ids) {
    return store.read(connection -> {
      List<StoredSource> sources = new ArrayList<>(ids.size());
      try (PreparedStatement query = connection.prepareStatement("""
          SELECT m.*, c.status AS card_status, c.text AS card_text
          FROM models m LEFT JOIN model_cards c ON c.model_id = m.id
          WHERE m.id IN (SELECT unnest(from_json(CAST(? AS JSON), '["VARCHAR"]'))) ORDER BY m.id""")) {
        query.setString(1, JsonRows.ids(ids));
        try (ResultSet rows = query.executeQuery()) {
          while (rows.next()) {
            ModelRecord model = ModelCatalog.read(rows);
            String status = rows.getString("card_status");
            sources.add(new StoredSource(model, "ok".equals(status) ? rows.getString("card_text") : null, status));
          }
        }
      }
      return sources;
    });
  }
}

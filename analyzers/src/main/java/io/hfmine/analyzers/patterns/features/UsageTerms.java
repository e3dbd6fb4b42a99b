package io.hfmine.analyzers.patterns.features;

import io.hfmine.analyzers.patterns.Usage;
import java.util.ArrayList;
import java.util.List;

/**
 * The terms that describe a usage for clustering: its calls, call pairs, keywords and kind.
 *
 * <p>Unigrams say which APIs are used; bigrams keep some of the order ({@code tokenizer → generate →
 * decode} differs from {@code pipeline → __call__}); keyword names tell configuration styles apart
 * ({@code device_map}, {@code torch_dtype}); the kind separates tokenizer loads from model loads.
 * Prefixes keep the four vocabularies apart.
 */
public final class UsageTerms {
  private UsageTerms() {
  }

  /** The ordered call names of a usage: its API sequence, or its own API when the sequence is empty. */
  public static List<String> calls(Usage usage) {
    List<String> calls = CallNames.normalize(usage.apiSequence());
    if (calls.isEmpty() && usage.api() != null) {
      String own = CallNames.normalize(usage.api());
      if (!own.isEmpty()) {
        calls = List.of(own);
      }
    }
    return calls;
  }

  public static List<String> of(Usage usage) {
    List<String> calls = calls(usage);
    List<String> terms = new ArrayList<>(calls.size() * 2 + usage.keywordArgs().size() + 1);
    for (String call : calls) {
      terms.add("call:" + call);
    }
    for (int i = 1; i < calls.size(); i++) {
      terms.add("next:" + calls.get(i - 1) + ">" + calls.get(i));
    }
    for (String keyword : usage.keywordArgs()) {
      if (keyword != null && !keyword.isBlank()) {
        terms.add("kw:" + keyword.strip());
      }
    }
    if (usage.kind() != null && !usage.kind().isBlank()) {
      terms.add("kind:" + usage.kind().strip());
    }
    return terms;
  }
}

package io.hfmine.analyzers.usage.canonical;

import com.fasterxml.jackson.databind.JsonNode;
import io.hfmine.datasets.config.ConfigException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Legacy un-namespaced model ids that the Hub moved into an organisation
 * ({@code bert-base-uncased} → {@code google-bert/bert-base-uncased}), from
 * {@code config/model-aliases.yaml}. Both directions: code search must query every alias.
 */
public final class ModelAliases {
  public static final String RESOURCE = "config/model-aliases.yaml";

  private final Map<String, String> toCanonical;
  private final Map<String, List<String>> toAliases;

  public ModelAliases(Map<String, String> legacyToCanonical) {
    toCanonical = new HashMap<>();
    toAliases = new HashMap<>();
    legacyToCanonical.forEach((legacy, canonical) -> {
      toCanonical.put(legacy.toLowerCase(Locale.ROOT), canonical);
      toAliases.computeIfAbsent(canonical.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(legacy);
    });
  }

  public static ModelAliases shipped() {
    JsonNode aliases = ShippedTable.read(RESOURCE).path("aliases");
    if (!aliases.isObject()) {
      throw new ConfigException(RESOURCE + ": `aliases` must be a mapping of legacy id to Hub id");
    }
    Map<String, String> map = new HashMap<>();
    Iterator<Map.Entry<String, JsonNode>> fields = aliases.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      if (!field.getValue().isTextual() || !field.getValue().asText().contains("/")) {
        throw new ConfigException(RESOURCE + ": alias `" + field.getKey() + "` must map to an org/name id");
      }
      map.put(field.getKey(), field.getValue().asText());
    }
    return new ModelAliases(map);
  }


  /** The id the Hub moved a legacy id to, or null. */
  public String canonicalOf(String legacyId) {
    return toCanonical.get(legacyId.toLowerCase(Locale.ROOT));
  }

  /** The id itself, then the legacy ids the Hub still answers for it, whatever library loads them. */
  public List<String> idAndLegacyAliases(String canonicalId) {
    List<String> spellings = new ArrayList<>();
    spellings.add(canonicalId);
    spellings.addAll(toAliases.getOrDefault(canonicalId.toLowerCase(Locale.ROOT), List.of()));
    return spellings;
  }

  /**
   * Every spelling that loads {@code canonicalId}: itself first, then its legacy aliases, then
   * for a {@code sentence-transformers/<name>} model its bare name, which sentence-transformers
   * resolves to that organisation ({@code SentenceTransformer("all-MiniLM-L6-v2")}), and for a
   * {@code spacy/<name>} pipeline its package name, which is what {@code spacy.load} is given.
   */
  public List<String> spellingsOf(String canonicalId) {
    List<String> spellings = idAndLegacyAliases(canonicalId);
    String bare = ModelIdCanonicalizer.bareSentenceTransformersName(canonicalId);
    if (bare == null && canonicalId.regionMatches(true, 0, SPACY, 0, SPACY.length())
        && canonicalId.length() > SPACY.length()) {
      bare = canonicalId.substring(SPACY.length());
    }
    if (bare != null && spellings.stream().noneMatch(bare::equalsIgnoreCase)) {
      spellings.add(bare);
    }
    return spellings;
  }

  private static final String SPACY = "spacy/";
}

package io.hfmine.analyzers.setasks.store;

/** Where the store keeps one kind of Hub item, its cards and their metadata. */
public enum ItemKind {
  MODEL("model", "models", "model_cards", "card_metadata", "model_id"),
  DATASET("dataset", "datasets", "dataset_cards", "dataset_card_metadata", "dataset_id");

  final String key;
  final String items;
  final String cards;
  final String metadata;
  final String idColumn;

  ItemKind(String key, String items, String cards, String metadata, String idColumn) {
    this.key = key;
    this.items = items;
    this.cards = cards;
    this.metadata = metadata;
    this.idColumn = idColumn;
  }

  /** The name used in the store and the configuration: model or dataset. */
  public String key() {
    return key;
  }

  /** The plural used in messages and funnel names. */
  public String plural() {
    return items;
  }

  public static ItemKind of(String key) {
    for (ItemKind kind : values()) {
      if (kind.key.equals(key)) {
        return kind;
      }
    }
    throw new IllegalArgumentException("unknown item kind '" + key + "'; use model or dataset");
  }
}

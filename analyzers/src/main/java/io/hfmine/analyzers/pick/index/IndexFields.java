package io.hfmine.analyzers.pick.index;

/** Field names of the Lucene documents, one per model. */
final class IndexFields {
  /** The model id (stored, indexed as one term). */
  static final String ID = "id";
  /** Position of the model's vector and facts. */
  static final String ORDINAL = "ordinal";
  /** The constraint facts, as JSON. */
  static final String FACTS = "facts";
  /** The matched attributes' values and a few special ones, as JSON, for answers. */
  static final String SHOWN = "shown";
  /** Catch-all text field holding every matched attribute. */
  static final String ALL = "all";
  /** Prefix of one text field per matched attribute. */
  private static final String ATTRIBUTE = "a.";

  private IndexFields() {
  }

  static String attribute(String name) {
    return ATTRIBUTE + name;
  }
}

package io.hfmine.analyzers.pick.template;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The shape of an attribute's values. */
public enum AttributeKind {
  /** Prose: matched by BM25 and embeddings; one value. */
  @JsonProperty("text") TEXT,
  /** Short values (tasks, datasets, languages); several values. */
  @JsonProperty("list") LIST,
  /** A count or a size; one value. */
  @JsonProperty("number") NUMBER,
  /** A licence identifier; one value. */
  @JsonProperty("license") LICENSE,
  /** public, gated-auto, gated-manual or private; one value. */
  @JsonProperty("access") ACCESS;

  /** Whether the attribute keeps every value its sources give, rather than the first. */
  public boolean multiValued() {
    return this == LIST;
  }
}

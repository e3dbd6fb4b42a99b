package io.hfmine.analyzers.usage.signatures;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Map;

/**
 * A signature's {@code hub-name} as written: either a block of its own ({@code organisation},
 * {@code pattern}, {@code aliases}) or, written as a bare word, the name of a block under the
 * file's {@code hub-names}, so that the entries of one library's naming share one spelling of it.
 */
record HubNameEntry(String shared, String organisation, String pattern, Map<String, String> aliases) {
  @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
  HubNameEntry {
  }

  /** {@code hub-name: spacy-pipelines}: the shared block of that name. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static HubNameEntry named(String shared) {
    return new HubNameEntry(shared, null, null, null);
  }

  boolean isReference() {
    return shared != null;
  }
}

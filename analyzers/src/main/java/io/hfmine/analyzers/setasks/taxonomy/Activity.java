package io.hfmine.analyzers.setasks.taxonomy;

import java.util.List;

/**
 * An SDLC activity of the SE-task taxonomy (requirements engineering, software design ...), with
 * the criteria the LLM confirmation step is given for it.
 */
public record Activity(String id, String name, String description, List<String> include, List<String> exclude) {
  public Activity {
    include = include == null ? List.of() : List.copyOf(include);
    exclude = exclude == null ? List.of() : List.copyOf(exclude);
  }
}

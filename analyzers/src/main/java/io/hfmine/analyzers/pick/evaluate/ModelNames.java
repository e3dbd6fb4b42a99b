package io.hfmine.analyzers.pick.evaluate;

import java.util.Set;

/**
 * The names a request must not repeat: the model's own (its id, name and name parts, its base
 * models) and its authors'. The infill says "this model" and "its authors" in their place, so the
 * sentence keeps its subject.
 */
public record ModelNames(Set<String> model, Set<String> authors) {
  public ModelNames {
    model = Set.copyOf(model);
    authors = Set.copyOf(authors);
  }
}

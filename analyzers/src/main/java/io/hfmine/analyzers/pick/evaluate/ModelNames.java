package io.hfmine.analyzers.pick.evaluate;

import java.util.Set;

/**
 * The names a request must not repeat: the model's own (its id, name and name parts, its base
 * models) and its authors'. The infill says "this model" and "its authors" in their place, so the
 * sentence keeps its subject.
 *
 * @param own the model's id and full name, lower case: replaced whatever their case, since a
 *     request that still holds them names its source (a tweet bot's card writes its name as the
 *     handle {@code @name}, in lower case)
 * @param model every name of the model, {@code own} among them; a part written in lower case may be
 *     an ordinary word and stays
 */
public record ModelNames(Set<String> own, Set<String> model, Set<String> authors) {
  public ModelNames {
    own = Set.copyOf(own);
    model = Set.copyOf(model);
    authors = Set.copyOf(authors);
  }
}

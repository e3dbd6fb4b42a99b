package io.hfmine.analyzers.setasks.taxonomy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One software-engineering task: its activity, where the taxonomy took it from ({@code source},
 * a key of the file's {@code sources}), the phrases that name it in text and the criteria the LLM
 * is given for it.
 *
 * <p>The name is always a term; {@code terms} adds synonyms and spelling variants. Terms are
 * lemmatised like the texts they are matched in, so list inflected forms only where the tagger
 * would read them differently ("debug" beside "debugging").
 */
public record SeTask(String id, String name, String activity, String source, List<String> terms,
    List<String> include, List<String> exclude) {
  public SeTask {
    terms = terms == null ? List.of() : List.copyOf(terms);
    include = include == null ? List.of() : List.copyOf(include);
    exclude = exclude == null ? List.of() : List.copyOf(exclude);
  }

  /** The name and every variant, lower-cased, each once, name first. */
  public List<String> allTerms() {
    Set<String> all = new LinkedHashSet<>();
    all.add(name.strip().toLowerCase(Locale.ROOT));
    terms.forEach(term -> all.add(term.strip().toLowerCase(Locale.ROOT)));
    return new ArrayList<>(all);
  }
}

package io.hfmine.crawler.github.code;

import java.util.List;
import java.util.function.Function;

/**
 * Which models to search for, under which spellings, and in which languages.
 *
 * @param models model ids; empty means the stored model selection
 * @param languages GitHub language names; empty means the configured ones
 * @param spellings every way code writes a model id (its canonical id first, then legacy aliases
 *     such as {@code bert-base-uncased} for {@code google-bert/bert-base-uncased}); each is queried
 *     and its hits are stored under the canonical id
 */
public record CodeSearchSpec(List<String> models, List<String> languages, Function<String, List<String>> spellings) {

  /** Searches each model under its id only. */
  public CodeSearchSpec(List<String> models, List<String> languages) {
    this(models, languages, List::of);
  }
}

package io.hfmine.crawler.github.code;

import java.util.List;

/**
 * Which models to search for and in which languages.
 *
 * @param models model ids; empty means the stored model selection
 * @param languages GitHub language names; empty means the configured ones
 */
public record CodeSearchSpec(List<String> models, List<String> languages) {
}

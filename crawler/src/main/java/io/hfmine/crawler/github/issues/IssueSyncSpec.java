package io.hfmine.crawler.github.issues;

import java.util.List;

/**
 * Whose issues to crawl.
 *
 * @param repositories OWNER/NAME values
 * @param selected crawl the repositories of {@code repository_selection} (hfmine repos select)
 */
public record IssueSyncSpec(List<String> repositories, boolean selected) {
}

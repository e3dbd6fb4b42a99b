package io.hfmine.crawler.github.repos;

import java.util.List;

/**
 * Which repositories to describe.
 *
 * @param repositories OWNER/NAME values; empty means every repository with code hits
 * @param refresh fetch again repositories already synced
 */
public record RepositorySyncSpec(List<String> repositories, boolean refresh) {
}

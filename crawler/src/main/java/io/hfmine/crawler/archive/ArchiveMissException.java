package io.hfmine.crawler.archive;

import java.io.IOException;

/** A replayed run asked for a request the archive does not hold. */
public final class ArchiveMissException extends IOException {
  private final String url;

  public ArchiveMissException(String method, String url, String archive) {
    super("replay archive " + archive + " has no response for " + method + " " + url
        + " (record it with --record, or replay the archive with the configuration it was made with)");
    this.url = url;
  }

  public String url() {
    return url;
  }
}

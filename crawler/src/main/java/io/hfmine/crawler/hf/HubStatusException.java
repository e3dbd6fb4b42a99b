package io.hfmine.crawler.hf;

/** The Hub answered an HTTP error status that retries did not cure. */
public final class HubStatusException extends HubException {
  private final int status;

  public HubStatusException(String url, int status, String detail) {
    super("HF Hub answered " + status + " for " + url + (detail == null || detail.isBlank() ? "" : ": " + detail));
    this.status = status;
  }

  public int status() {
    return status;
  }
}

package io.hfmine.crawler.hf;

/** A response body ended before its JSON did (a dropped connection or a cut proxy answer). */
public final class TruncatedResponseException extends HubException {
  private final String url;

  public TruncatedResponseException(String url, int attempts, String detail) {
    super("response of " + url + " is not complete JSON after " + attempts + " attempt(s): " + detail);
    this.url = url;
  }

  public String url() {
    return url;
  }
}

package io.hfmine.crawler.http;

/** The {@code http} section of the configuration. */
public record HttpSettings(
    String userAgent,
    int connectTimeoutSeconds,
    int readTimeoutSeconds,
    long cacheMegabytes) {

  public HttpSettings {
    if (connectTimeoutSeconds < 0 || readTimeoutSeconds < 0) {
      throw new IllegalArgumentException("http." + (connectTimeoutSeconds < 0 ? "connect" : "read")
          + "-timeout-seconds must not be negative (0 waits without limit); got "
          + Math.min(connectTimeoutSeconds, readTimeoutSeconds));
    }
    if (cacheMegabytes < 0) {
      throw new IllegalArgumentException("http.cache-megabytes must not be negative (0 turns the cache off); got "
          + cacheMegabytes);
    }
  }
}

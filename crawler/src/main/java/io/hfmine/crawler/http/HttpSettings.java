package io.hfmine.crawler.http;

/** The {@code http} section of the configuration. */
public record HttpSettings(
    String userAgent,
    int connectTimeoutSeconds,
    int readTimeoutSeconds,
    long cacheMegabytes) {
}

package io.hfmine.crawler.http.retry;

/**
 * A request tag capping how much of the answer's body is read. A body declared larger is not
 * read at all; one that turns out larger is read to {@code maxBytes + 1} bytes, so the caller can
 * tell "too large" without holding tens of megabytes it will not keep.
 */
public record BodyLimit(long maxBytes) {
  public BodyLimit {
    if (maxBytes < 0) {
      throw new IllegalArgumentException("a body limit cannot be negative: " + maxBytes);
    }
  }
}

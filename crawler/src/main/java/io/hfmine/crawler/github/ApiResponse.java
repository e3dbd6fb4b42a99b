package io.hfmine.crawler.github;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;

/**
 * A GitHub answer: status, parsed JSON body (null if none), its pagination links, and the URL it
 * answered (secrets masked), which every error about it names.
 */
public record ApiResponse(int status, JsonNode body, LinkHeader links, String url) {
  public boolean ok() {
    return status >= 200 && status < 300;
  }

  /** The body as a JSON array (a listing page), or an error naming the page. */
  public JsonNode array() throws IOException {
    if (body == null || !body.isArray()) {
      throw new IOException("GitHub sent " + shape() + " instead of a JSON array for " + url);
    }
    return body;
  }

  /** The body as a JSON object, or an error naming the URL. */
  public JsonNode object() throws IOException {
    if (body == null || !body.isObject()) {
      throw new IOException("GitHub sent " + shape() + " instead of a JSON object for " + url);
    }
    return body;
  }

  private String shape() {
    return body == null ? "an empty answer" : "a JSON " + body.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
  }
}

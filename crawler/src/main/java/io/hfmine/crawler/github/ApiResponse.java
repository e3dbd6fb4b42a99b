package io.hfmine.crawler.github;

import com.fasterxml.jackson.databind.JsonNode;

/** A GitHub answer: status, parsed JSON body (null if none) and its pagination links. */
public record ApiResponse(int status, JsonNode body, LinkHeader links, String path) {
  public boolean ok() {
    return status >= 200 && status < 300;
  }
}

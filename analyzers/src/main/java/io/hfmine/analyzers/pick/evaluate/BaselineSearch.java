package io.hfmine.analyzers.pick.evaluate;

import java.io.IOException;
import java.util.List;

/**
 * The search every Hub user has: {@code GET /api/models?search=...&filter=...&sort=downloads}. The
 * crawler implements it with the real Hub client; analyzers only plan the queries and score the answers.
 */
public interface BaselineSearch {
  /** Model ids the Hub returns, most downloaded first; {@code search} may be null. */
  List<String> search(String search, List<String> filters, int limit) throws IOException;

  /** The name reports give this baseline's answers. */
  default String system() {
    return PickEvaluation.HUB;
  }
}

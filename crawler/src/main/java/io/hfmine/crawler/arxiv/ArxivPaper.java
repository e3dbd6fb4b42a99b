package io.hfmine.crawler.arxiv;

import java.time.Instant;
import java.util.List;

/**
 * One paper as the arXiv API describes it, or why it could not be had.
 *
 * @param status {@code ok}, {@code missing} (arXiv has no such paper) or {@code failed} (retried next run)
 */
public record ArxivPaper(String arxivId, String status, String title, String summary, Instant published,
    Instant updated, List<String> categories, String error) {
  public ArxivPaper {
    categories = categories == null ? List.of() : List.copyOf(categories);
  }

  static ArxivPaper missing(String id, String why) {
    return new ArxivPaper(id, "missing", null, null, null, null, List.of(), why);
  }

  static ArxivPaper failed(String id, String why) {
    return new ArxivPaper(id, "failed", null, null, null, null, List.of(), why);
  }
}

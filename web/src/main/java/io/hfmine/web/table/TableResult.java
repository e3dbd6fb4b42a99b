package io.hfmine.web.table;

import java.util.List;
import java.util.Map;

/**
 * One page of a table view.
 *
 * @param total rows that match the filters
 * @param next cursor of the following page, or null on the last page
 * @param facets per filter parameter, its choices (value → rows) under the other filters
 */
public record TableResult(List<Map<String, Object>> rows, long total, String next,
    Map<String, List<FacetValue>> facets) {

  /** One choice of a facet and how many rows it would leave. */
  public record FacetValue(String value, long rows) {
  }
}

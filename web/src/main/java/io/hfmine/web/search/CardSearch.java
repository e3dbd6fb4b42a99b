package io.hfmine.web.search;

import io.hfmine.web.table.Filter;
import java.util.List;

/** The models view's card text search: what {@link CardIndex} finds, as hits the view joins. */
public final class CardSearch implements Filter.Search {
  /** The temporary table of a request's hits. */
  public static final String HITS = "web_card_hits";
  /**
   * The best matches a search keeps: enough for anyone paging through them, few enough that a
   * query matching every card ("model") costs a few milliseconds to rank and join.
   */
  public static final int KEPT = 10_000;

  private final CardIndex index;

  public CardSearch(CardIndex index) {
    this.index = index;
  }

  @Override
  public String hits() {
    return HITS;
  }

  @Override
  public List<String> find(String words) {
    return index.search(words, KEPT);
  }
}

package io.hfmine.cli.commands.pick;

import io.hfmine.analyzers.pick.evaluate.BaselineSearch;
import io.hfmine.crawler.hf.HfHubClient;
import io.hfmine.crawler.hf.ModelQuery;
import io.hfmine.datasets.hf.ModelRecord;
import java.io.IOException;
import java.util.List;

/** The Hub-search baseline through the real Hub client: {@code /api/models?search=...&filter=...&sort=downloads}. */
final class HubBaselineSearch implements BaselineSearch {
  private final HfHubClient client;

  HubBaselineSearch(HfHubClient client) {
    this.client = client;
  }

  @Override
  public List<String> search(String search, List<String> filters, int limit) throws IOException {
    ModelQuery query = new ModelQuery(search, null, filters, null, "downloads", limit);
    return client.page(client.firstPage(query, limit)).models().stream().map(ModelRecord::id).limit(limit).toList();
  }
}

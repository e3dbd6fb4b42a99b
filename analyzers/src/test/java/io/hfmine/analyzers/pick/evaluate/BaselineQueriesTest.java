package io.hfmine.analyzers.pick.evaluate;

import static io.hfmine.analyzers.pick.PickFixtures.LICENSES;
import static io.hfmine.analyzers.pick.PickFixtures.SETTINGS;
import static io.hfmine.analyzers.pick.PickFixtures.TEMPLATE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hfmine.analyzers.pick.request.PickRequest;
import io.hfmine.analyzers.pick.request.RequestReader;
import io.hfmine.datasets.config.Config;
import java.util.List;
import org.junit.jupiter.api.Test;

class BaselineQueriesTest {
  private static final List<String> CATALOG = List.of("acme/t5-small-text2sql", "acme/sql-coder", "other/sql-llama",
      "acme/bert-base-uncased", "acme/bert-sentiment", "acme/bert-large");

  private static PickRequest request(String yaml) throws Exception {
    return new RequestReader(TEMPLATE, LICENSES, SETTINGS.constraints())
        .parse((ObjectNode) Config.yamlMapper().readTree(yaml), "test", "r");
  }

  @Test
  void keywordsAreRequestWordsFoundInModelIdsRarestFirstThenTheTaskAlone() throws Exception {
    List<BaselineQueries.HubQuery> plan = new BaselineQueries(CATALOG, 2).plan(request("""
        function: a small model that writes SQL queries from questions about sentiment
        task: text2text-generation
        """));

    // "sentiment" is in one id, "sql" in three; "small" is too generic to search
    assertThat(plan).containsExactly(
        new BaselineQueries.HubQuery("sentiment", List.of("text2text-generation")),
        new BaselineQueries.HubQuery("sql", List.of("text2text-generation")),
        new BaselineQueries.HubQuery(null, List.of("text2text-generation")));
  }

  @Test
  void aRequestWithoutTaskOrKeywordsAsksForTheMostDownloadedModels() throws Exception {
    assertThat(new BaselineQueries(CATALOG, 2).plan(request("function: something entirely different"))).containsExactly(
        new BaselineQueries.HubQuery(null, List.of()));
  }

  @Test
  void answersAreMergedInTurnWithoutRepeats() {
    assertThat(BaselineQueries.merge(List.of(List.of("a", "b", "c"), List.of("b", "d"), List.of("e")), 4))
        .containsExactly("a", "b", "e", "d");
  }
}

package io.hfmine.crawler.hf;

import static org.assertj.core.api.Assertions.assertThat;

import io.hfmine.datasets.hf.CardFrontMatter;
import io.hfmine.datasets.progress.Progress;
import io.hfmine.datasets.store.Store;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CardFetchTest {
  private FakeHfHub hub;
  private Store store;

  @BeforeEach
  void start() throws Exception {
    hub = new FakeHfHub(4);
    hub.start();
    store = Store.inMemory();
    new ModelSync(store, client(), Progress.Factory.NONE).run(new ModelQuery(null, null, null, null, null, null), 10);
    hub.readme(FakeHfHub.modelId(0), """
        ---
        license: apache-2.0
        language: [en, de]
        tags:
        - text-classification
        datasets: imdb
        base_model: google-bert/bert-base-uncased
        pipeline_tag: text-classification
        model-index:
        - name: sentiment
          results:
          - task: {type: text-classification}
            metrics:
            - {type: accuracy, value: 0.93}
        ---
        # Sentiment model

        Fine-tuned on IMDB.
        """);
    hub.readme(FakeHfHub.modelId(1), """
        ---
        license: mit
        tags: [a, b
        ---
        # Broken header
        """);
    hub.readme(FakeHfHub.modelId(2), "# Huge card\n" + "| a | b |\n".repeat(400_000));
  }

  @AfterEach
  void stop() throws Exception {
    hub.close();
    store.close();
  }

  private HfHubClient client() {
    return HubFixture.client(hub, new FakeSleeper(), null);
  }

  private CardFetch.Result fetch() throws Exception {
    return new CardFetch(store, client(), Progress.Factory.NONE, new CardFrontMatter(65_536, 20), 1_048_576)
        .run(new CardFetch.Spec(false, false));
  }

  @Test
  void storesEachCardWithItsStatus() throws Exception {
    CardFetch.Result result = fetch();

    assertThat(result.byStatus()).containsEntry("ok", 2).containsEntry("too-large", 1).containsEntry("missing", 1);
    assertThat(column("SELECT model_id || ':' || status FROM model_cards ORDER BY model_id")).containsExactly(
        "facebook/model-00001:ok", "google/model-00000:ok", "microsoft/model-00002:too-large",
        "sentence-transformers/model-00003:missing");
  }

  @Test
  void parsesTheFrontMatterIntoCardMetadata() throws Exception {
    fetch();

    assertThat(column("""
        SELECT concat_ws('|', status, license, tags::VARCHAR, datasets::VARCHAR, base_model::VARCHAR,
                         language::VARCHAR, pipeline_tag, model_index IS NOT NULL)
        FROM card_metadata WHERE model_id = 'google/model-00000'""")).containsExactly(
        "ok|apache-2.0|[text-classification]|[imdb]|[google-bert/bert-base-uncased]|[en, de]|text-classification|true");
  }

  @Test
  void recordsAMalformedHeaderAndGoesOn() throws Exception {
    CardFetch.Result result = fetch();

    assertThat(result.malformedHeaders()).isEqualTo(1);
    assertThat(column("SELECT status || ': ' || error FROM card_metadata WHERE model_id = 'facebook/model-00001'"))
        .singleElement().asString().startsWith("malformed: line ");
  }

  @Test
  void keepsNoTextOfACardAboveTheSizeCap() throws Exception {
    fetch();

    assertThat(column("SELECT coalesce(text, 'null') || ' ' || byte_length FROM model_cards "
        + "WHERE model_id = 'microsoft/model-00002'")).containsExactly("null 4000012");
  }

  @Test
  void fetchesOnlyCardsNotStoredYetOnTheNextRun() throws Exception {
    fetch();
    int before = hub.requests().size();

    CardFetch.Result again = fetch();

    assertThat(again.attempted()).isZero();
    assertThat(hub.requests()).hasSize(before);
  }

  @Test
  void recordsACardThatKeepsFailingAndRetriesItOnTheNextRun() throws Exception {
    hub.readmeFails(FakeHfHub.modelId(0));

    CardFetch.Result first = fetch();

    assertThat(first.failed()).isEqualTo(1);
    assertThat(column("SELECT status || ': ' || error FROM model_cards WHERE model_id = 'google/model-00000'"))
        .singleElement().asString().startsWith("failed: HF Hub answered 503");
    assertThat(column("SELECT state FROM crawl_units WHERE kind = 'model-card' AND unit_key = 'google/model-00000'"))
        .containsExactly("failed");

    hub.readmeRecovers(FakeHfHub.modelId(0));
    CardFetch.Result second = fetch();

    assertThat(second.attempted()).isEqualTo(1);
    assertThat(second.byStatus()).containsExactly(java.util.Map.entry("ok", 1));
  }

  private List<String> column(String sql) {
    return store.read(connection -> {
      List<String> values = new ArrayList<>();
      try (PreparedStatement query = connection.prepareStatement(sql); ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          values.add(rows.getString(1));
        }
      }
      return values;
    });
  }
}

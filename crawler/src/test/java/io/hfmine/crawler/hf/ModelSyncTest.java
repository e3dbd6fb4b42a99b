package io.hfmine.crawler.hf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hfmine.crawler.archive.Archive;
import io.hfmine.crawler.http.HttpSettings;
import io.hfmine.crawler.http.HttpStack;
import io.hfmine.crawler.http.retry.RequestFailedException;
import io.hfmine.datasets.config.Config;
import io.hfmine.datasets.hf.HfSettings;
import io.hfmine.datasets.progress.Progress;
import io.hfmine.datasets.store.CrawlUnit;
import io.hfmine.datasets.store.CrawlUnits;
import io.hfmine.datasets.store.Store;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ModelSyncTest {
  private static final ModelQuery ALL_BY_DOWNLOADS = new ModelQuery(null, null, null, null, "downloads", null);

  private FakeHfHub hub;
  private Store store;
  private FakeSleeper sleeper;

  @BeforeEach
  void start() throws Exception {
    hub = new FakeHfHub(45);
    hub.start();
    store = Store.inMemory();
    sleeper = new FakeSleeper();
  }

  @AfterEach
  void stop() throws Exception {
    hub.close();
    store.close();
  }

  private ModelSync sync() {
    return new ModelSync(store, HubFixture.client(hub, sleeper, null), Progress.Factory.NONE);
  }

  @Test
  void followsTheNextLinkUntilTheLastPageAndStoresEveryModelOnce() throws Exception {
    ModelSync.Result result = sync().run(ALL_BY_DOWNLOADS, 10);

    assertThat(result.pages()).isEqualTo(5);
    assertThat(result.stored()).isEqualTo(45);
    assertThat(storedIds()).containsExactlyInAnyOrderElementsOf(hub.modelIds());
    assertThat(new CrawlUnits(store).find(ModelSync.UNIT_KIND, ALL_BY_DOWNLOADS.key()).orElseThrow().state())
        .isEqualTo(CrawlUnit.State.DONE);
  }

  @Test
  void aModelListedTwiceAsTheListingShiftsIsCountedOnceLikeTheStoreHoldsIt() throws Exception {
    hub.overlap(2);

    ModelSync.Result result = sync().run(ALL_BY_DOWNLOADS, 10);

    assertThat(storedIds()).hasSize(45);
    assertThat(result.stored()).isEqualTo(45);
    assertThat(result.storedInAll()).isEqualTo(45);
  }

  @Test
  void anUnreadableRecordIsSetAsideWithItsPageAndReasonWhileTheRestOfTheListingIsStored() throws Exception {
    hub.listRecord(12, "{\"id\":\"../../etc/passwd\",\"downloads\":3}");
    hub.listRecord(31, "{\"modelId\":42}");

    ModelSync.Result result = sync().run(ALL_BY_DOWNLOADS, 10);

    assertThat(result.stored()).isEqualTo(43);
    assertThat(result.rejected()).isEqualTo(2);
    assertThat(storedIds()).hasSize(43).doesNotContain(FakeHfHub.modelId(12), FakeHfHub.modelId(31));
    List<String> rejects = store.read(connection -> {
      try (Statement statement = connection.createStatement();
           ResultSet rows = statement.executeQuery("""
               SELECT position, record_id, reason, page_url LIKE '%cursor=%' FROM listing_rejects ORDER BY record_id""")) {
        List<String> values = new ArrayList<>();
        while (rows.next()) {
          values.add(rows.getInt(1) + " " + rows.getString(2) + " | " + rows.getString(3) + " | " + rows.getBoolean(4));
        }
        return values;
      }
    });
    assertThat(rejects).hasSize(2);
    assertThat(rejects.get(0)).startsWith("3 ../../etc/passwd | field `id` is not a Hub model id").endsWith("| true");
    assertThat(rejects.get(1)).startsWith("2 42 | field `modelId` must be text");
  }

  @Test
  void aListingStartedAgainFromScratchForgetsTheRejectsOfTheOldOne() throws Exception {
    hub.listRecord(3, "{\"id\":\"not an id\"}");
    assertThat(sync().run(ALL_BY_DOWNLOADS, 10).rejected()).isEqualTo(1);

    hub.listRecord(3, "{\"id\":\"google/model-00003\"}");
    ModelSync.Result again = sync().run(ALL_BY_DOWNLOADS, 10);

    assertThat(again.rejected()).isZero();
    assertThat(again.storedInAll()).isEqualTo(45);
  }

  @Test
  void asksOnlyForTheFieldsItStoresSortedDescending() throws Exception {
    sync().run(new ModelQuery("bert", "google", List.of("pytorch", "en"), "fill-mask", "likes", null), 10);

    HttpUrl first = hub.requests().get(0).getRequestUrl();
    assertThat(first.queryParameterValues("expand[]")).containsExactlyElementsOf(HfHubClient.EXPANDED);
    assertThat(first.queryParameter("search")).isEqualTo("bert");
    assertThat(first.queryParameter("author")).isEqualTo("google");
    assertThat(first.queryParameterValues("filter")).containsExactly("pytorch", "en");
    assertThat(first.queryParameter("pipeline_tag")).isEqualTo("fill-mask");
    assertThat(first.queryParameter("sort")).isEqualTo("likes");
    assertThat(first.queryParameter("direction")).isEqualTo("-1");
    assertThat(first.queryParameter("limit")).isEqualTo("10");
  }

  @Test
  void stopsAfterMaxModels() throws Exception {
    ModelSync.Result result = sync().run(new ModelQuery(null, null, null, null, "downloads", 15), 10);

    assertThat(result.stored()).isEqualTo(15);
    assertThat(storedIds()).hasSize(15);
    assertThat(hub.listingRequests()).isEqualTo(2);
  }

  @Test
  void storesTheFieldsOfEachModel() throws Exception {
    sync().run(new ModelQuery(null, null, null, null, null, 1), 10);

    List<String> row = store.read(connection -> {
      try (Statement statement = connection.createStatement();
           ResultSet rows = statement.executeQuery("""
               SELECT id, author, downloads, pipeline_tag, library_name, created_at::VARCHAR, gated,
                      tags::VARCHAR, card_data, source FROM models""")) {
        rows.next();
        List<String> values = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
          values.add(rows.getString(i));
        }
        return values;
      }
    });
    assertThat(row).containsExactly("google/model-00000", "google", "5000000", "text-classification",
        "transformers", "2022-01-01 10:00:00", "false", "[transformers, pytorch, en]",
        "{\"license\":\"apache-2.0\"}", "hub");
  }

  @Test
  void resumesAKilledSyncAndEndsWithExactlyTheModelsOfAnUninterruptedRun() throws Exception {
    hub.outageFrom(3);
    assertThatThrownBy(() -> sync().run(ALL_BY_DOWNLOADS, 10))
        .isInstanceOf(HubStatusException.class)
        .hasMessageContaining("500");
    assertThat(storedIds()).hasSize(20);
    CrawlUnit failed = new CrawlUnits(store).find(ModelSync.UNIT_KIND, ALL_BY_DOWNLOADS.key()).orElseThrow();
    assertThat(failed.state()).isEqualTo(CrawlUnit.State.FAILED);
    assertThat(failed.cursor()).contains("cursor=");

    hub.recover();
    int before = hub.requests().size();
    ModelSync.Result resumed = sync().run(ALL_BY_DOWNLOADS, 10);

    assertThat(resumed.resumed()).isTrue();
    assertThat(hub.requests().get(before).getRequestUrl().queryParameter("cursor")).isNotNull();
    assertThat(resumed.stored()).isEqualTo(25);
    assertThat(resumed.storedInAll()).isEqualTo(45);
    assertThat(storedIds()).containsExactlyInAnyOrderElementsOf(hub.modelIds());
  }

  @Test
  void startsOverAfterAFinishedListingWithoutDuplicating() throws Exception {
    sync().run(ALL_BY_DOWNLOADS, 10);
    ModelSync.Result again = sync().run(ALL_BY_DOWNLOADS, 10);

    assertThat(again.resumed()).isFalse();
    assertThat(again.stored()).isEqualTo(45);
    assertThat(storedIds()).hasSize(45);
  }

  @Test
  void waitsTheAnnouncedSecondsOn429ThenRetries() throws Exception {
    hub.fault(2, FakeHfHub.Fault.RATE_LIMITED).retryAfterSeconds(42);

    sync().run(ALL_BY_DOWNLOADS, 10);

    assertThat(sleeper.sleeps).containsExactly(42_000L);
    assertThat(storedIds()).hasSize(45);
  }

  @Test
  void givesUpWithRateLimitedWhenThe429sDoNotStop() throws Exception {
    for (int i = 1; i <= 10; i++) {
      hub.fault(i, FakeHfHub.Fault.RATE_LIMITED);
    }
    assertThatThrownBy(() -> sync().run(ALL_BY_DOWNLOADS, 10))
        .isInstanceOfSatisfying(RateLimitedException.class, e -> {
          assertThat(e.bucket()).isEqualTo("api");
          assertThat(e.secondsToReset()).isEqualTo(7);
        });
    assertThat(sleeper.sleeps).containsExactly(7_000L, 7_000L, 7_000L);
  }

  @Test
  void retriesServerErrorsWithExponentialBackoff() throws Exception {
    hub.fault(1, FakeHfHub.Fault.SERVER_ERROR).fault(2, FakeHfHub.Fault.SERVER_ERROR)
        .fault(3, FakeHfHub.Fault.SERVER_ERROR);

    sync().run(ALL_BY_DOWNLOADS, 10);

    assertThat(sleeper.sleeps).containsExactly(1_000L, 2_000L, 4_000L);
    assertThat(storedIds()).hasSize(45);
  }

  @Test
  void refetchesAPageWhoseJsonWasCutShortAfterABackoff() throws Exception {
    hub.fault(2, FakeHfHub.Fault.TRUNCATED_JSON);

    sync().run(ALL_BY_DOWNLOADS, 10);

    assertThat(hub.listingRequests()).isEqualTo(6);
    assertThat(sleeper.sleeps).containsExactly(1_000L);
    assertThat(storedIds()).hasSize(45);
  }

  @Test
  void aBodyCutOffMidTransferIsFetchedAgainAfterABackoff() throws Exception {
    hub.fault(1, FakeHfHub.Fault.DROPPED_CONNECTION).fault(2, FakeHfHub.Fault.DROPPED_CONNECTION);

    sync().run(ALL_BY_DOWNLOADS, 10);

    assertThat(sleeper.sleeps).containsExactly(1_000L, 2_000L);
    assertThat(storedIds()).hasSize(45);
  }

  @Test
  void reportsJsonThatStaysTruncatedWithItsUrl() {
    hub.alwaysTruncate(null);

    assertThatThrownBy(() -> sync().run(ALL_BY_DOWNLOADS, 10))
        .isInstanceOf(RequestFailedException.class)
        .hasMessageContaining(hub.endpointText() + "/api/models?sort=downloads")
        .hasMessageContaining("failed after 5 attempts")
        .hasMessageContaining("the body ends before its JSON does");
    assertThat(sleeper.sleeps).containsExactly(1_000L, 2_000L, 4_000L, 8_000L);
    assertThat(storedIds()).isEmpty();
  }

  @Test
  void aConnectionResetOnEveryAttemptEndsInAnErrorNamingTheUrl() {
    hub.outageFrom(2, FakeHfHub.Fault.RESET);

    assertThatThrownBy(() -> sync().run(ALL_BY_DOWNLOADS, 10))
        .isInstanceOf(RequestFailedException.class)
        .hasMessageStartingWith("GET " + hub.endpointText() + "/api/models?")
        .hasMessageContaining("cursor=")
        .hasMessageContaining("failed after 5 attempts");
  }

  @Test
  void aReadTimeoutOnEveryAttemptEndsInAnErrorNamingTheUrl() {
    hub.outageFrom(1, FakeHfHub.Fault.TIMEOUT);
    HfSettings twoAttempts = Config.defaults().with("hf.endpoint", hub.endpointText())
        .with("hf.retry.max-attempts", 2).section("hf", HfSettings.class);
    HttpStack oneSecond = new HttpStack(new HttpSettings("hfmine-test", 5, 1, 0), Archive.off(), null);
    ModelSync quick = new ModelSync(store, HfHub.client(oneSecond, twoAttempts, null, sleeper), Progress.Factory.NONE);

    assertThatThrownBy(() -> quick.run(ALL_BY_DOWNLOADS, 10))
        .isInstanceOf(RequestFailedException.class)
        .hasMessageStartingWith("GET " + hub.endpointText() + "/api/models?sort=downloads")
        .hasMessageContaining("failed after 2 attempts")
        .hasMessageContaining("SocketTimeoutException");
    oneSecond.close();
  }

  @Test
  void waitsForTheWindowResetWhenOnlyTheReserveIsLeft() throws Exception {
    hub.remaining(4);

    sync().run(ALL_BY_DOWNLOADS, 10);

    // The first answer says 3 left (below the reserve of 5): the next request waits out the 165 s.
    assertThat(sleeper.sleeps).first().isEqualTo(165_000L);
  }

  @Test
  void spreadsRequestsOverTheWindowOnceHalfTheQuotaIsUsed() throws Exception {
    hub.remaining(206);

    sync().run(ALL_BY_DOWNLOADS, 10);

    // 205 left of 500: the rest is spread over 165 s, about 0.8 s between requests.
    assertThat(sleeper.sleeps).hasSize(4).allSatisfy(wait -> assertThat(wait).isBetween(700L, 900L));
  }

  @Test
  void sendsTheTokenAsBearerToTheHubOnly() throws Exception {
    ModelSync withToken = new ModelSync(store, HubFixture.client(hub, sleeper, "hf_abcdefghijklmnopqrstuvwxyz"),
        Progress.Factory.NONE);
    withToken.run(new ModelQuery(null, null, null, null, null, 5), 10);

    RecordedRequest request = hub.requests().get(0);
    assertThat(request.getHeader("Authorization")).isEqualTo("Bearer hf_abcdefghijklmnopqrstuvwxyz");
  }

  private List<String> storedIds() {
    return store.read(connection -> {
      List<String> ids = new ArrayList<>();
      try (Statement statement = connection.createStatement();
           ResultSet rows = statement.executeQuery("SELECT id FROM models")) {
        while (rows.next()) {
          ids.add(rows.getString(1));
        }
      }
      return ids;
    });
  }
}

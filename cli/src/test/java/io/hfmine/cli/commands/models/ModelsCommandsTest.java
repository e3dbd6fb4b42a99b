package io.hfmine.cli.commands.models;

import static org.assertj.core.api.Assertions.assertThat;

import io.hfmine.cli.CliRun;
import io.hfmine.crawler.hf.FakeHfHub;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelsCommandsTest {
  @TempDir
  Path dir;

  private FakeHfHub hub;
  private Path config;

  @BeforeEach
  void start() throws Exception {
    hub = new FakeHfHub(25);
    hub.start();
    hub.readme(FakeHfHub.modelId(0), "---\nlicense: mit\ntags: [nlp]\n---\n# Model zero\nA card.\n");
    hub.readme(FakeHfHub.modelId(1), "---\nlicense: [mit\n---\n# Model one\n");
    // Real waits would slow the tests down: one attempt, no backoff.
    config = Files.writeString(dir.resolve("study.yaml"), """
        hf:
          page-size: 10
          retry:
            max-attempts: 1
            initial-backoff-millis: 0
        """);
  }

  @AfterEach
  void stop() throws Exception {
    hub.close();
  }

  private CliRun hfmine(String... args) {
    return CliRun.of(CliRun.concat(new String[] {"--work-dir", dir.resolve("work").toString(), "--config", config.toString(),
        "--hf-endpoint", hub.endpointText()}, args));
  }

  @Test
  void syncStoresEveryModelOfTheListing() {
    CliRun sync = hfmine("models", "sync", "--sort", "downloads");

    assertThat(sync.exitCode()).isZero();
    assertThat(sync.err()).contains("25 model(s) stored from 3 page(s)");
    assertThat(hfmine("models", "list", "--json").out().lines()).hasSize(25);
  }

  @Test
  void syncRefusesAnUnknownSortKey() {
    CliRun sync = hfmine("models", "sync", "--sort", "stars");

    assertThat(sync.exitCode()).isEqualTo(2);
    assertThat(sync.err()).contains("--sort must be one of downloads, likes, createdAt, lastModified; got 'stars'");
  }

  @Test
  void syncRefusesMaxBelowOne() {
    assertThat(hfmine("models", "sync", "--max", "0").exitCode()).isEqualTo(2);
  }

  @Test
  void aKilledSyncResumesOnTheNextRunWithoutDuplicates() {
    hub.outageFrom(2);
    CliRun killed = hfmine("models", "sync");
    assertThat(killed.exitCode()).isEqualTo(1);
    assertThat(killed.err()).contains("HF Hub answered 500");

    hub.recover();
    CliRun resumed = hfmine("models", "sync");

    assertThat(resumed.exitCode()).isZero();
    assertThat(resumed.err()).contains("resumed; 15 model(s) stored from 2 page(s); 25 in this listing");
    assertThat(hfmine("models", "list", "--json").out().lines()).hasSize(25);
  }

  @Test
  void cardsRecordsMissingCardsAndMalformedHeaders() {
    hfmine("models", "sync", "--max", "3");

    CliRun cards = hfmine("models", "cards");

    assertThat(cards.exitCode()).isZero();
    assertThat(cards.err()).contains("3 card(s) fetched {missing=1, ok=2}; 1 malformed header(s)");
    assertThat(hfmine("models", "list").out()).contains("missing");
  }

  @Test
  void selectPrintsTheFunnel() {
    hfmine("models", "sync");
    hfmine("models", "cards");

    CliRun select = hfmine("models", "select", "--min-downloads", "4980000", "--require-card", "--no-require-tags",
        "--library", "transformers");

    assertThat(select.exitCode()).isZero();
    assertThat(select.out()).isEqualTo("""
        step    remaining  filter
        0              25  models in the store
        1              17  downloads >= 4980000
        2               2  has a model card
        3               1  library in transformers
        """);
    assertThat(hfmine("models", "list", "--selected", "--json").out().lines()).singleElement()
        .asString().contains("\"id\":\"google/model-00000\"");
  }

  @Test
  void selectRefusesNegativeDownloads() {
    assertThat(hfmine("models", "select", "--min-downloads", "-5").exitCode()).isEqualTo(2);
  }

  @Test
  void importLoadsADumpAndNamesTheLineOfABadRecord() throws Exception {
    Path good = Files.writeString(dir.resolve("good.jsonl"), """
        {"id": "a/one", "downloads": 10}
        {"id": "a/two", "downloads": 20}
        """);
    Path bad = Files.writeString(dir.resolve("bad.jsonl"), """
        {"id": "b/one", "downloads": 10}
        {"id": "b/two", "likes": "lots"}
        """);

    assertThat(hfmine("models", "import", good.toString()).exitCode()).isZero();
    CliRun failed = hfmine("models", "import", bad.toString());

    assertThat(failed.exitCode()).isEqualTo(1);
    assertThat(failed.err()).contains(bad + " line 2: field `likes` is not a whole number");
    assertThat(hfmine("models", "list", "--json").out().lines()).hasSize(2);
  }

  @Test
  void importRefusesAMissingFileOrUnknownFormat() throws Exception {
    assertThat(hfmine("models", "import", dir.resolve("nope.json").toString()).exitCode()).isEqualTo(2);
    Path xml = Files.writeString(dir.resolve("models.xml"), "<models/>");
    CliRun unknown = hfmine("models", "import", xml.toString());
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("unknown format");
  }

  @Test
  void dedupGroupsIdenticalCards() {
    String card = "# Fine-tuned model\n\nThis model is a fine-tuned version of bert-base-uncased on the imdb dataset.\n";
    hub.readme(FakeHfHub.modelId(2), card).readme(FakeHfHub.modelId(3), card);
    hfmine("models", "sync", "--max", "4");
    hfmine("models", "cards");

    CliRun dedup = hfmine("models", "dedup");

    assertThat(dedup.exitCode()).isZero();
    assertThat(dedup.out()).contains("duplicate groups    1").contains("variants            1");
  }

  @Test
  void dedupRefusesAThresholdOutsideZeroToOne() {
    assertThat(hfmine("models", "dedup", "--threshold", "1.5").exitCode()).isEqualTo(2);
  }

  @Test
  void aReplayedSyncAndCardsYieldTheSameCatalogAsTheLiveRun() {
    String archive = dir.resolve("archive").toString();
    assertThat(hfmine("--record", archive, "models", "sync", "--sort", "likes").exitCode()).isZero();
    assertThat(hfmine("--record", archive, "models", "cards").exitCode()).isZero();
    String live = hfmine("models", "list", "--json").out();
    int requests = hub.requests().size();

    String[] replayed = {"--work-dir", dir.resolve("replayed").toString(), "--config", config.toString(),
        "--hf-endpoint", hub.endpointText(), "--replay", archive};
    assertThat(CliRun.of(CliRun.concat(replayed, "models", "sync", "--sort", "likes")).exitCode()).isZero();
    assertThat(CliRun.of(CliRun.concat(replayed, "models", "cards")).exitCode()).isZero();

    assertThat(CliRun.of(CliRun.concat(replayed, "models", "list", "--json")).out()).isEqualTo(live);
    assertThat(hub.requests()).hasSize(requests);
  }

  @Test
  void aReplayMissingARequestNamesItsUrl() {
    String archive = dir.resolve("archive").toString();
    hfmine("--record", archive, "models", "sync", "--max", "5");

    CliRun replay = hfmine("--replay", archive, "models", "sync", "--max", "6");

    assertThat(replay.exitCode()).isEqualTo(1);
    assertThat(replay.err()).contains("has no response for GET " + hub.endpointText() + "/api/models?limit=6");
  }

  @Test
  void listPrintsATableByDefault() {
    hfmine("models", "sync", "--max", "2");

    assertThat(hfmine("models", "list").out().lines()).hasSize(3).first().asString().startsWith("id ");
  }
}

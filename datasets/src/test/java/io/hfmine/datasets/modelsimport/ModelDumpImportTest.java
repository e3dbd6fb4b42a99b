package io.hfmine.datasets.modelsimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hfmine.datasets.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelDumpImportTest {
  @TempDir
  Path dir;

  private Store store;

  @BeforeEach
  void open() {
    store = Store.inMemory();
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void importsAJsonArrayWithTheApisCamelCaseFields() throws Exception {
    Path file = write("models.json", """
        [
          {"id": "google-bert/bert-base-uncased", "downloads": 51234567, "likes": 2100,
           "tags": ["transformers", "fill-mask", "en"], "pipeline_tag": "fill-mask",
           "library_name": "transformers", "createdAt": "2022-03-02T23:29:04.000Z",
           "lastModified": "2024-02-19T11:06:12.000Z", "gated": false, "sha": "86b5e0934494bd15c9632b12f734a8a67f723594",
           "cardData": {"license": "apache-2.0"}},
          {"id": "openai/whisper-large-v3", "downloads": 4400000, "tags": ["audio"], "gated": "manual"}
        ]""");

    ModelDumpImport.Result result = new ModelDumpImport(store).run(file);

    assertThat(result.imported()).isEqualTo(2);
    assertThat(rows("SELECT concat_ws('|', id, author, downloads, library_name, created_at, gated, source) FROM models ORDER BY id"))
        .containsExactly(
            "google-bert/bert-base-uncased|google-bert|51234567|transformers|2022-03-02 23:29:04|false|import:models.json",
            "openai/whisper-large-v3|openai|4400000|manual|import:models.json");
  }

  @Test
  void importsJsonLinesWithHuggingfaceHubsSnakeCaseFields() throws Exception {
    Path file = write("models.jsonl", """
        {"id": "sentence-transformers/all-MiniLM-L6-v2", "downloads": 90000000, "created_at": "2022-03-02 23:29:05+00:00", "last_modified": "2024-11-01T10:00:00", "library_name": "sentence-transformers", "card_data": {"license": "apache-2.0"}, "private": false}

        {"modelId": "gpt2", "downloads": "11000000", "pipeline_tag": "text-generation"}
        """);

    new ModelDumpImport(store).run(file);

    assertThat(rows("SELECT concat_ws('|', id, coalesce(author, '-'), downloads, created_at, card_data) FROM models ORDER BY id"))
        .containsExactly("gpt2|-|11000000", "sentence-transformers/all-MiniLM-L6-v2|sentence-transformers|90000000"
            + "|2022-03-02 23:29:05|{\"license\":\"apache-2.0\"}");
  }

  @Test
  void importsCsvWithListsInCells() throws Exception {
    Path file = write("models.csv", """
        id,downloads,likes,tags,pipeline_tag,library_name,createdAt
        facebook/bart-large-cnn,2900000,1200,"['transformers', 'summarization']",summarization,transformers,2022-03-02T23:29:05Z
        timm/resnet50.a1_in1k,1800000,30,timm;image-classification,image-classification,timm,2023-04-05T00:00:00Z
        """);

    new ModelDumpImport(store).run(file);

    assertThat(rows("SELECT id || ' ' || tags::VARCHAR FROM models ORDER BY id")).containsExactly(
        "facebook/bart-large-cnn [transformers, summarization]", "timm/resnet50.a1_in1k [timm, image-classification]");
  }

  @Test
  void importsParquet() throws Exception {
    Path file = dir.resolve("models.parquet");
    store.read(connection -> {
      try (Statement statement = connection.createStatement()) {
        statement.execute("COPY (SELECT 'microsoft/phi-2' AS id, 700000::BIGINT AS downloads, "
            + "['transformers', 'text-generation'] AS tags, TIMESTAMP '2023-12-13 20:01:55' AS created_at) "
            + "TO '" + file + "' (FORMAT parquet)");
      }
      return null;
    });

    new ModelDumpImport(store).run(file);

    assertThat(rows("SELECT concat_ws('|', id, downloads, tags::VARCHAR, created_at) FROM models"))
        .containsExactly("microsoft/phi-2|700000|[transformers, text-generation]|2023-12-13 20:01:55");
  }

  @Test
  void storesTheCardTextsOfAModelCardDumpInParquetWithTheirFrontMatter() throws Exception {
    // The shape of the Hub's model-card dumps: one row per model, metadata columns and the card.
    Path file = dir.resolve("cards.parquet");
    store.read(connection -> {
      try (Statement statement = connection.createStatement()) {
        statement.execute("COPY (SELECT * FROM (VALUES "
            + "('org/coder', 'org', TIMESTAMPTZ '2024-05-01 10:00:00+00', 1200::BIGINT, 3::BIGINT, 'transformers', "
            + "['transformers', 'code'], 'text-generation', TIMESTAMPTZ '2023-01-02 03:04:05+00', "
            + "E'---\\nlicense: mit\\ntags:\\n- code\\n---\\n# Coder\\nIt does code generation.'), "
            + "('org/empty', 'org', NULL, 0::BIGINT, 0::BIGINT, NULL, [], NULL, TIMESTAMPTZ '2024-01-01 00:00:00+00', ''), "
            + "('org/none', 'org', NULL, 5::BIGINT, 0::BIGINT, NULL, [], NULL, NULL, NULL)) "
            + "t(modelId, author, last_modified, downloads, likes, library_name, tags, pipeline_tag, createdAt, card)) "
            + "TO '" + file + "' (FORMAT parquet)");
      }
      return null;
    });

    ModelDumpImport.Result result = new ModelDumpImport(store).run(file);

    assertThat(result.imported()).isEqualTo(3);
    assertThat(result.cards()).isEqualTo(2);
    assertThat(rows("SELECT concat_ws('|', id, downloads, created_at, pipeline_tag) FROM models ORDER BY id"))
        .containsExactly("org/coder|1200|2023-01-02 03:04:05|text-generation", "org/empty|0|2024-01-01 00:00:00",
            "org/none|5");
    assertThat(rows("SELECT concat_ws('|', model_id, status, byte_length, replace(text, chr(10), '/')) "
        + "FROM model_cards ORDER BY model_id")).containsExactly(
            "org/coder|ok|66|---/license: mit/tags:/- code/---/# Coder/It does code generation.", "org/empty|ok|0|");
    assertThat(rows("SELECT concat_ws('|', model_id, status, license, tags::VARCHAR) FROM card_metadata ORDER BY model_id"))
        .containsExactly("org/coder|ok|mit|[code]", "org/empty|absent|[]");
  }

  @Test
  void aCardThatIsNotTextIsAnErrorNamingLineAndFieldAndNothingIsImported() throws Exception {
    Path file = write("cards.jsonl", """
        {"modelId": "org/a", "card": "# A\\nA model."}
        {"modelId": "org/b", "card": 42}
        """);

    assertThatThrownBy(() -> new ModelDumpImport(store).run(file))
        .hasMessage(file + " line 2: field `card` must be text, got number");
    assertThat(rows("SELECT id FROM models")).isEmpty();
    assertThat(rows("SELECT model_id FROM model_cards")).isEmpty();
  }

  @Test
  void csvCardsKeepTheirLineBreaksAndAnEmptyCardIsStoredAsEmpty() throws Exception {
    Path file = write("cards.csv", """
        modelId,downloads,card
        org/a,3,"# A
        Unit test generation, ""quoted""."
        org/b,4,
        """);

    new ModelDumpImport(store).run(file);

    assertThat(rows("SELECT concat_ws('|', model_id, replace(text, chr(10), '/')) FROM model_cards ORDER BY model_id"))
        .containsExactly("org/a|# A/Unit test generation, \"quoted\".", "org/b|");
  }

  @Test
  void namesFileAndLineOfABadRecordAndImportsNothing() throws Exception {
    Path file = write("models.jsonl", """
        {"id": "a/one", "downloads": 5}
        {"id": "a/two", "downloads": "many"}
        """);

    assertThatThrownBy(() -> new ModelDumpImport(store).run(file))
        .hasMessage(file + " line 2: field `downloads` is not a whole number: \"many\"");
    assertThat(rows("SELECT id FROM models")).isEmpty();
  }

  @Test
  void namesTheLineOfABadRecordInAJsonArray() throws Exception {
    Path file = write("models.json", """
        [
          {"id": "a/one"},
          {"downloads": 3}
        ]""");

    assertThatThrownBy(() -> new ModelDumpImport(store).run(file))
        .hasMessage(file + " line 3 (record 2): field `id` (or `modelId`) is missing");
  }

  @Test
  void namesTheLineOfABadCsvRow() throws Exception {
    Path file = write("models.csv", """
        id,createdAt
        a/one,2022-01-01
        a/two,yesterday
        """);

    assertThatThrownBy(() -> new ModelDumpImport(store).run(file))
        .hasMessage(file + " line 3 (record 2): field `createdAt` is not an ISO-8601 time: yesterday");
  }

  @Test
  void aCsvRowWithOneFieldTooManyIsAnErrorNamingItsLineAndNothingIsImported() throws Exception {
    Path file = write("models.csv", """
        id,downloads
        org/model,12,extra
        """);

    assertThatThrownBy(() -> new ModelDumpImport(store).run(file))
        .hasMessage(file + " line 2 (record 1): 3 fields, but the header has 2 (a value with a comma that is not in "
            + "double quotes?)");
    assertThat(rows("SELECT id FROM models")).isEmpty();
  }

  @Test
  void csvLinesAreCountedAcrossQuotedLineBreaks() throws Exception {
    Path file = write("models.csv", """
        id,pipeline_tag,createdAt
        a/one,"text-
        generation",2022-01-01
        a/two,fill-mask,someday
        """);

    assertThatThrownBy(() -> new ModelDumpImport(store).run(file))
        .hasMessage(file + " line 4 (record 2): field `createdAt` is not an ISO-8601 time: someday");
  }

  @Test
  void idsOutsideTheHubsGrammarAreRefusedWithTheirLine() throws Exception {
    Path traversal = write("traversal.csv", "id,downloads\norg/ok,1\n../../etc/x,12\n");
    assertThatThrownBy(() -> new ModelDumpImport(store).run(traversal))
        .hasMessageStartingWith(traversal + " line 3 (record 2): field `id` is not a Hub model id: '../../etc/x'");

    Path number = write("number.jsonl", "{\"id\": 12345, \"downloads\": 3}\n");
    assertThatThrownBy(() -> new ModelDumpImport(store).run(number))
        .hasMessage(number + " line 1: field `id` must be text, got 12345");

    Path bare = write("bare.csv", "id\n12345\n");
    assertThatThrownBy(() -> new ModelDumpImport(store).run(bare))
        .hasMessageStartingWith(bare + " line 2 (record 1): field `id` is not a Hub model id: '12345': it is a bare number");
    assertThat(rows("SELECT id FROM models")).isEmpty();
  }

  @Test
  void negativeDownloadsAreRefused() throws Exception {
    Path file = write("models.jsonl", "{\"id\": \"org/a\", \"downloads\": -5}\n");

    assertThatThrownBy(() -> new ModelDumpImport(store).run(file))
        .hasMessage(file + " line 1: field `downloads` is negative: -5");
  }

  @Test
  void aBinaryDumpIsAnErrorNamingTheFileAndLine() throws Exception {
    Path file = dir.resolve("models.jsonl");
    Files.write(file, new byte[] {'{', '}', '\n', (byte) 0xc3, (byte) 0x28, 0, 1, 2});

    assertThatThrownBy(() -> new ModelDumpImport(store).run(file))
        .hasMessageStartingWith(file + " line 2: not UTF-8 text (byte 0xc3 at offset 3)");
  }

  private Path write(String name, String text) throws Exception {
    return Files.writeString(dir.resolve(name), text);
  }

  private List<String> rows(String sql) {
    return store.read(connection -> {
      List<String> values = new ArrayList<>();
      try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
        while (rows.next()) {
          values.add(rows.getString(1));
        }
      }
      return values;
    });
  }
}

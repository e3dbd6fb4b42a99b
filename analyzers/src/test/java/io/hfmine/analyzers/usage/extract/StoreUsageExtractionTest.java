package io.hfmine.analyzers.usage.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.hfmine.analyzers.usage.TestExtractors;
import io.hfmine.analyzers.usage.verify.Verdict;
import io.hfmine.datasets.progress.Progress;
import io.hfmine.datasets.store.Store;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StoreUsageExtractionTest {
  private static final String LOADS_BERT = """
      from transformers import AutoModel
      model = AutoModel.from_pretrained("bert-base-uncased", device_map="auto")
      """;
  private static final String MENTIONS_BERT = """
      # We compared against bert-base-uncased.
      MODELS = ["bert-base-uncased"]
      """;
  private static final String UNRESOLVED = """
      from transformers import AutoModel
      def load(name):
          return AutoModel.from_pretrained(name)
      """;
  private static final String OPT_PATTERN = """
      from transformers import AutoModelForCausalLM
      def load(size):
          return AutoModelForCausalLM.from_pretrained(f"facebook/opt-{size}")
      """;

  private Store store;

  @BeforeEach
  void fillStore() {
    store = Store.inMemory();
    fill(store);
  }

  /** Two catalog models, five files (one never fetched) and their hits. */
  static void fill(Store store) {
    store.transaction(connection -> {
      model(connection, "google-bert/bert-base-uncased");
      model(connection, "facebook/opt-125m");
      file(connection, "a1", LOADS_BERT);
      file(connection, "b2", MENTIONS_BERT);
      file(connection, "c3", UNRESOLVED);
      file(connection, "d4", OPT_PATTERN);
      try (Statement statement = connection.createStatement()) {
        statement.executeUpdate("""
            INSERT INTO files (blob_sha, status, skip_reason, byte_length, fetched_at)
            VALUES ('e5', 'skipped', 'too-large', 900000, now())""");
      }
      hit(connection, "google-bert/bert-base-uncased", "alice/app", "app.py", "a1");
      hit(connection, "google-bert/bert-base-uncased", "zed/fork", "app.py", "a1");
      hit(connection, "google-bert/bert-base-uncased", "bob/paper", "eval.py", "b2");
      hit(connection, "google-bert/bert-base-uncased", "carol/lib", "load.py", "c3");
      hit(connection, "facebook/opt-125m", "dan/opt", "run.py", "d4");
      hit(connection, "facebook/opt-125m", "erin/big", "gen.py", "e5");
      return null;
    });
  }

  @AfterEach
  void close() {
    store.close();
  }

  private StoreUsageExtraction extraction() {
    return new StoreUsageExtraction(store, TestExtractors.SETTINGS.withThreads(2));
  }

  @Test
  void storesUsagesWithTheFirstHitsRepositoryAndCanonicalIds() {
    extraction().run(false, Progress.NONE);

    List<String> rows = query("""
        SELECT repository || ' ' || path || ' ' || model_literal || ' ' || model_id || ' ' || resolution
          || ' ' || array_to_string(keyword_args, '|') || ' ' || array_to_string(keyword_values, '|')
          || ' ' || coalesce(condition, '-')
        FROM usages WHERE blob_sha = 'a1'""");
    assertThat(rows).containsExactly(
        "alice/app app.py bert-base-uncased google-bert/bert-base-uncased literal device_map \"auto\" -");
  }

  @Test
  void verifiesEachHitAndCountsTheVerdicts() {
    ExtractionSummary summary = extraction().run(false, Progress.NONE);

    assertThat(query("SELECT blob_sha || ' ' || verdict FROM hit_verifications ORDER BY blob_sha"))
        .containsExactly("a1 verified", "b2 mention-only", "c3 unresolved-call", "d4 verified", "e5 unparsed");
    assertThat(summary.verdicts(Verdict.VERIFIED)).isEqualTo(2);
    assertThat(summary.verdicts(Verdict.MENTION_ONLY)).isEqualTo(1);
    assertThat(summary.verdicts(Verdict.UNRESOLVED_CALL)).isEqualTo(1);
    assertThat(summary.verdicts(Verdict.UNPARSED)).isEqualTo(1);
    assertThat(summary.files("not-fetched")).isEqualTo(1);
    assertThat(summary.files("parsed")).isEqualTo(3);
    assertThat(summary.files("prefiltered")).isEqualTo(1);
  }

  @Test
  void aSecondRunExtractsNothingAndDuplicatesNothing() {
    extraction().run(false, Progress.NONE);
    ExtractionSummary second = extraction().run(false, Progress.NONE);

    assertThat(second.files()).isZero();
    assertThat(query("SELECT count(*) FROM usages")).containsExactly("3");
    assertThat(second.verdicts(Verdict.VERIFIED)).isEqualTo(2);
  }

  @Test
  void aSecondRunWritesNoVerdictAgainButStillCountsThemAll() {
    extraction().run(false, Progress.NONE);
    List<String> before = query("SELECT model_id || blob_sha || verified_at FROM hit_verifications ORDER BY 1");

    ExtractionSummary second = extraction().run(false, Progress.NONE);

    assertThat(query("SELECT model_id || blob_sha || verified_at FROM hit_verifications ORDER BY 1"))
        .containsExactlyElementsOf(before);
    assertThat(second.verdicts(Verdict.UNPARSED)).isEqualTo(1);
    assertThat(second.verdicts(Verdict.MENTION_ONLY)).isEqualTo(1);
  }

  @Test
  void aHitAddedLaterIsVerifiedByTheNextRunAndAHitRemovedLosesItsVerdict() {
    extraction().run(false, Progress.NONE);
    List<String> untouched = query("SELECT verified_at FROM hit_verifications WHERE blob_sha = 'a1'");
    store.transaction(connection -> {
      hit(connection, "facebook/opt-125m", "alice/app", "app.py", "a1");
      try (Statement statement = connection.createStatement()) {
        statement.executeUpdate("DELETE FROM code_hits WHERE blob_sha = 'b2'");
      }
      return null;
    });

    extraction().run(false, Progress.NONE);

    assertThat(query("SELECT model_id || ' ' || blob_sha || ' ' || verdict FROM hit_verifications ORDER BY 1"))
        .containsExactly("facebook/opt-125m a1 mention-only", "facebook/opt-125m d4 verified",
            "facebook/opt-125m e5 unparsed", "google-bert/bert-base-uncased a1 verified",
            "google-bert/bert-base-uncased c3 unresolved-call");
    assertThat(query("SELECT verified_at FROM hit_verifications WHERE blob_sha = 'a1'"
        + " AND model_id = 'google-bert/bert-base-uncased'")).containsExactlyElementsOf(untouched);
  }

  @Test
  void againReextractsEveryFileWithoutDuplicates() {
    extraction().run(false, Progress.NONE);
    ExtractionSummary again = extraction().run(true, Progress.NONE);

    assertThat(again.files()).isEqualTo(5);
    assertThat(query("SELECT count(*) FROM usages")).containsExactly("3");
  }

  @Test
  void resumesWithTheFilesAKilledRunDidNotReach() {
    store.transaction(connection -> {
      try (Statement statement = connection.createStatement()) {
        statement.executeUpdate("INSERT INTO usage_files (blob_sha, status, extracted_at) VALUES ('a1', 'parsed', now())");
      }
      return null;
    });

    ExtractionSummary summary = extraction().run(false, Progress.NONE);

    assertThat(summary.files()).isEqualTo(4);
    assertThat(query("SELECT count(*) FROM usages WHERE blob_sha = 'a1'")).containsExactly("0");
  }

  private List<String> query(String sql) {
    return query(store, sql);
  }

  /** The first column of every row, as text. */
  static List<String> query(Store store, String sql) {
    return store.read(connection -> {
      List<String> out = new ArrayList<>();
      try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
        while (rows.next()) {
          out.add(rows.getString(1));
        }
      }
      return out;
    });
  }

  private static void model(Connection connection, String id) throws Exception {
    try (PreparedStatement insert = connection.prepareStatement(
        "INSERT INTO models (id, source, fetched_at) VALUES (?, 'hub', ?)")) {
      insert.setString(1, id);
      insert.setTimestamp(2, Timestamp.from(Instant.now()));
      insert.executeUpdate();
    }
  }

  private static void file(Connection connection, String sha, String content) throws Exception {
    try (PreparedStatement insert = connection.prepareStatement(
        "INSERT INTO files (blob_sha, status, byte_length, content, fetched_at) VALUES (?, 'ok', ?, ?, ?)")) {
      insert.setString(1, sha);
      insert.setLong(2, content.length());
      insert.setString(3, content);
      insert.setTimestamp(4, Timestamp.from(Instant.now()));
      insert.executeUpdate();
    }
  }

  private static void hit(Connection connection, String model, String repo, String path, String sha) throws Exception {
    try (PreparedStatement insert = connection.prepareStatement("""
        INSERT INTO code_hits (model_id, repository, path, blob_sha, query, slice, found_at)
        VALUES (?, ?, ?, ?, 'q', 'all', ?)""")) {
      insert.setString(1, model);
      insert.setString(2, repo);
      insert.setString(3, path);
      insert.setString(4, sha);
      insert.setTimestamp(5, Timestamp.from(Instant.now()));
      insert.executeUpdate();
    }
  }
}

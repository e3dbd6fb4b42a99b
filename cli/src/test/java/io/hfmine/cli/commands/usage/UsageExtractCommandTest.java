package io.hfmine.cli.commands.usage;

import static org.assertj.core.api.Assertions.assertThat;

import io.hfmine.cli.CliRun;
import io.hfmine.datasets.store.Store;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UsageExtractCommandTest {
  @TempDir
  Path dir;

  @Test
  void extractsTheStoresFilesAndPrintsTheVerdictCounts() throws IOException {
    Path work = dir.resolve("work");
    try (Store store = Store.openIn(work)) {
      store.transaction(connection -> {
        try (Statement statement = connection.createStatement()) {
          statement.executeUpdate("""
              INSERT INTO files (blob_sha, status, byte_length, content, fetched_at) VALUES
                ('s1', 'ok', 80, 'from transformers import pipeline' || chr(10) || 'p = pipeline("ner", model="dslim/bert-base-NER")', now()),
                ('s2', 'ok', 20, '# dslim/bert-base-NER', now())""");
          statement.executeUpdate("""
              INSERT INTO code_hits (model_id, repository, path, blob_sha, query, slice, found_at) VALUES
                ('dslim/bert-base-NER', 'a/b', 'x.py', 's1', 'q', 'all', now()),
                ('dslim/bert-base-NER', 'c/d', 'y.py', 's2', 'q', 'all', now())""");
        }
        return null;
      });
    }
    Path config = dir.resolve("study.yaml");
    Files.writeString(config, "usage:\n  native-dir: " + Path.of("target", "tree-sitter-natives").toAbsolutePath() + "\n");
    CliRun run = CliRun.quietIn(work, "--config", config.toString(), "usage", "extract");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("files extracted this run: 2, parsed 1, prefiltered 1")
        .contains("1 usages")
        .contains("verified 1, unresolved-call 0, mention-only 1, unparsed 0");
  }
}

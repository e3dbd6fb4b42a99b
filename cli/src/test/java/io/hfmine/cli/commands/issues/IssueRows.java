package io.hfmine.cli.commands.issues;

import io.hfmine.datasets.store.Store;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;

/** Writes issue rows into a work directory's store, as `issues sync` or `issues import` would. */
public final class IssueRows {
  private IssueRows() {
  }

  /** Each row: repository, number, title, body, comma-separated GitHub labels (may be empty). */
  public static void insert(Path workDir, String[]... rows) {
    try (Store store = Store.openIn(workDir)) {
      store.transaction(connection -> {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO issues (repository, number, title, body, "
            + "state, labels, html_url, created_at, source) VALUES (?, ?, ?, ?, 'open', ?, ?, ?, 'import:test')")) {
          for (String[] row : rows) {
            insert.setString(1, row[0]);
            insert.setInt(2, Integer.parseInt(row[1]));
            insert.setString(3, row[2]);
            insert.setString(4, row[3]);
            insert.setArray(5, connection.createArrayOf("VARCHAR", row[4].isEmpty() ? new String[0] : row[4].split(",")));
            insert.setString(6, "https://github.com/" + row[0] + "/issues/" + row[1]);
            insert.setTimestamp(7, Timestamp.from(Instant.parse("2024-03-01T10:00:00Z")));
            insert.addBatch();
          }
          insert.executeBatch();
        }
        return null;
      });
    }
  }

  /** Three issues of two repositories: an OOM, a gated-model question and a non-PTM UI bug. */
  public static void insertSample(Path workDir) {
    insert(workDir,
        new String[] {"acme/chat", "1", "CUDA out of memory when loading llama-2-13b",
            "torch.cuda.OutOfMemoryError: CUDA out of memory. Tried to allocate 1.50 GiB", "bug"},
        new String[] {"acme/chat", "2", "How do I pass my HF token for a gated model?",
            "huggingface_hub.utils._errors.GatedRepoError: 401 Client Error. Cannot access gated repo", ""},
        new String[] {"other/site", "7", "Footer links are broken", "The Terms link returns 404.", "bug"});
  }
}

package io.hfmine.analyzers.issues.classifier;

import io.hfmine.datasets.store.Store;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/** Trained classifiers in the store's {@code issue_classifiers} table, as {@link ClassifierFile} JSON. */
public final class ClassifierRecords {
  private ClassifierRecords() {
  }

  public static void save(Store store, String name, IssueClassifierModel model) {
    byte[] bytes = ClassifierFile.write(model);
    store.transaction(connection -> {
      try (PreparedStatement delete = connection.prepareStatement("DELETE FROM issue_classifiers WHERE name = ?")) {
        delete.setString(1, name);
        delete.executeUpdate();
      }
      try (PreparedStatement insert = connection.prepareStatement("INSERT INTO issue_classifiers (name, training_file, "
          + "examples, vocabulary, model, trained_at) VALUES (?, ?, ?, ?, ?, ?)")) {
        insert.setString(1, name);
        insert.setString(2, model.provenance().labels());
        insert.setInt(3, model.provenance().examples());
        insert.setInt(4, model.vocabularySize());
        insert.setBytes(5, bytes);
        insert.setTimestamp(6, Timestamp.from(Instant.now()));
        insert.executeUpdate();
      }
      return null;
    });
  }

  public static Optional<IssueClassifierModel> load(Store store, String name) {
    byte[] bytes = store.read(connection -> {
      try (PreparedStatement select = connection.prepareStatement("SELECT model FROM issue_classifiers WHERE name = ?")) {
        select.setString(1, name);
        try (ResultSet rows = select.executeQuery()) {
          return rows.next() ? rows.getBytes(1) : null;
        }
      }
    });
    return bytes == null ? Optional.empty() : Optional.of(ClassifierFile.read(bytes, "classifier '" + name + "' in the store"));
  }
}

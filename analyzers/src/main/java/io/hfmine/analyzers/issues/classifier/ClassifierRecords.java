package io.hfmine.analyzers.issues.classifier;

import io.hfmine.datasets.store.Store;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/** Trained classifiers in the store's {@code issue_classifiers} table (Java-serialised Smile models). */
public final class ClassifierRecords {
  // Only hfmine's and Smile's classes (and the JDK's) may be deserialised from the store.
  private static final ObjectInputFilter FILTER = ObjectInputFilter.Config.createFilter(
      "io.hfmine.analyzers.issues.**;smile.**;java.**;!*");

  private ClassifierRecords() {
  }

  public static void save(Store store, String name, String trainingFile, int examples, IssueClassifierModel model) {
    byte[] bytes;
    try (ByteArrayOutputStream buffer = new ByteArrayOutputStream(); ObjectOutputStream out = new ObjectOutputStream(buffer)) {
      out.writeObject(model);
      out.flush();
      bytes = buffer.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot serialise the classifier: " + e.getMessage(), e);
    }
    store.transaction(connection -> {
      try (PreparedStatement delete = connection.prepareStatement("DELETE FROM issue_classifiers WHERE name = ?")) {
        delete.setString(1, name);
        delete.executeUpdate();
      }
      try (PreparedStatement insert = connection.prepareStatement("INSERT INTO issue_classifiers (name, training_file, "
          + "examples, vocabulary, model, trained_at) VALUES (?, ?, ?, ?, ?, ?)")) {
        insert.setString(1, name);
        insert.setString(2, trainingFile);
        insert.setInt(3, examples);
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
    if (bytes == null) {
      return Optional.empty();
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
      in.setObjectInputFilter(FILTER);
      return Optional.of((IssueClassifierModel) in.readObject());
    } catch (IOException | ClassNotFoundException | ClassCastException e) {
      throw new IllegalStateException("classifier '" + name + "' in the store cannot be read (trained by another "
          + "hfmine version?); train it again with --train: " + e.getMessage(), e);
    }
  }
}

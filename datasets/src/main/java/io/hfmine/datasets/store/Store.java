package io.hfmine.datasets.store;

import io.hfmine.datasets.store.schema.SchemaMigrations;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * The DuckDB file that holds everything hfmine collects and derives.
 *
 * <p>Opening it applies pending migrations (Flyway, checksums verified); a file written by a newer
 * hfmine is refused. One process owns the file at a time (DuckDB's file lock, taken on open and
 * held until {@link #close}); inside the process every use of the connection goes through
 * {@link #transaction} or {@link #read}, which take the store's monitor, so the connection is never
 * handed out on its own.
 */
public final class Store implements AutoCloseable {
  /** File name of the store inside the work directory. */
  public static final String FILE_NAME = "hfmine.duckdb";

  private final Path file;
  private final Connection connection;
  private final int schemaVersion;

  private Store(Path file, Connection connection, int schemaVersion) {
    this.file = file;
    this.connection = connection;
    this.schemaVersion = schemaVersion;
  }

  /** Opens (creating if needed) the store in {@code workDir} and brings its schema up to date. */
  public static Store openIn(Path workDir) {
    return open(workDir.resolve(FILE_NAME));
  }

  /** Opens (creating if needed) the store file and brings its schema up to date. */
  public static Store open(Path file) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
    } catch (java.io.IOException e) {
      throw new StoreException("cannot create the directory of " + file + ": " + e.getMessage(), e);
    }
    Connection connection;
    try {
      connection = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), new Properties());
    } catch (SQLException e) {
      throw new StoreException("cannot open store " + file + ": " + firstLine(e.getMessage()), e);
    }
    try {
      int version = SchemaMigrations.migrate(connection, file.toString());
      return new Store(file, connection, version);
    } catch (RuntimeException e) {
      closeQuietly(connection);
      throw e;
    }
  }

  /** An in-memory store, for tests and one-shot library use. */
  public static Store inMemory() {
    try {
      Connection connection = DriverManager.getConnection("jdbc:duckdb:");
      try {
        int version = SchemaMigrations.migrate(connection, ":memory:");
        return new Store(Path.of(":memory:"), connection, version);
      } catch (RuntimeException e) {
        closeQuietly(connection);
        throw e;
      }
    } catch (SQLException e) {
      throw new StoreException("cannot open an in-memory store: " + e.getMessage(), e);
    }
  }

  public Path file() {
    return file;
  }

  /** The schema version the file is at after opening. */
  public int schemaVersion() {
    return schemaVersion;
  }

  /** Runs {@code work} in one transaction: all of it is stored, or none of it. */
  public synchronized <T> T transaction(SqlWork<T> work) {
    try {
      boolean previous = connection.getAutoCommit();
      connection.setAutoCommit(false);
      try {
        T result = work.run(connection);
        connection.commit();
        return result;
      } catch (Exception e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(previous);
      }
    } catch (SQLException e) {
      throw new StoreException("store " + file + ": " + firstLine(e.getMessage()), e);
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new StoreException(e.getMessage(), e);
    }
  }

  /** Runs {@code work} on the connection without opening a transaction. */
  public synchronized <T> T read(SqlWork<T> work) {
    try {
      return work.run(connection);
    } catch (SQLException e) {
      throw new StoreException("store " + file + ": " + firstLine(e.getMessage()), e);
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new StoreException(e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    closeQuietly(connection);
  }

  static String firstLine(String message) {
    if (message == null) {
      return "unknown error";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  private static void closeQuietly(Connection connection) {
    try {
      connection.close();
    } catch (SQLException ignored) {
      // Closing after a failure must not hide the failure itself.
    }
  }

  /** Work against the store's connection. */
  @FunctionalInterface
  public interface SqlWork<T> {
    T run(Connection connection) throws Exception;
  }
}

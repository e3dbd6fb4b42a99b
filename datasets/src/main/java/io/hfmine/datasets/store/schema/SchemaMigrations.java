package io.hfmine.datasets.store.schema;

import io.hfmine.datasets.store.StoreException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.CoreErrorCode;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.flywaydb.core.api.output.ValidateOutput;
import org.flywaydb.core.api.output.ValidateResult;

/**
 * Brings a store's schema to the newest shipped version with Flyway, which records a checksum of
 * every migration it applies and refuses a store whose applied migrations differ from this build's.
 *
 * <p>Settings that matter:
 * <ul>
 *   <li>out of order: areas own disjoint version ranges (V010–V019, V020–V029, ...), so a
 *       migration merged later with a lower number than one already applied is still applied;</li>
 *   <li>nothing ignored: a migration applied to the store that this build does not ship (a newer
 *       hfmine, or a removed file) and a changed checksum both stop the open with a message;</li>
 *   <li>stores made by the hand-written migrator of earlier builds (table {@code schema_version})
 *       are adopted first, see {@link LegacyStoreAdoption}.</li>
 * </ul>
 */
public final class SchemaMigrations {
  /** Flyway's history table: version, script, checksum and time of every applied migration. */
  public static final String HISTORY_TABLE = "flyway_schema_history";
  static final String SHIPPED = "classpath:" + MigrationScript.FOLDER;

  private SchemaMigrations() {
  }

  /** Applies what is pending to the database behind {@code connection}; returns its schema version. */
  public static int migrate(Connection connection, String store) {
    return migrate(connection, store, SHIPPED);
  }

  static int migrate(Connection connection, String store, String location) {
    try {
      if (LegacyStoreAdoption.isLegacy(connection)) {
        LegacyStoreAdoption.adopt(connection, store);
      }
      Flyway flyway = flyway(connection, location, null);
      try {
        flyway.migrate();
      } catch (FlywayValidateException e) {
        // Only on failure: the structured result names each offending migration.
        throw new StoreException(describe(flyway.validateWithResult(), store), e);
      }
      connection.setAutoCommit(true);
      return currentVersion(connection);
    } catch (FlywayException e) {
      throw new StoreException(describe(e, store), e);
    } catch (SQLException e) {
      throw new StoreException("cannot migrate store " + store + ": " + firstLine(e.getMessage()), e);
    }
  }

  /** The Flyway of the migrations at {@code location} on {@code connection}, up to {@code target} (null: all). */
  static Flyway flyway(Connection connection, String location, MigrationVersion target) {
    FluentConfiguration configuration = Flyway.configure(SchemaMigrations.class.getClassLoader())
        .dataSource(new BorrowedConnection(connection))
        .locations(location)
        .table(HISTORY_TABLE)
        .validateMigrationNaming(true)
        .outOfOrder(true)
        // Pending migrations are what migrate() is for; future, missing and changed ones are errors.
        .ignoreMigrationPatterns("*:pending")
        .validateOnMigrate(true)
        // All pending migrations in one transaction: a store is upgraded wholly or not at all.
        .group(true)
        .loggers("slf4j");
    if (target != null) {
      configuration.target(target);
    }
    return configuration.load();
  }

  private static int currentVersion(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
         ResultSet rows = statement.executeQuery("SELECT coalesce(max(CAST(version AS INTEGER)), 0) FROM "
             + HISTORY_TABLE + " WHERE success AND version IS NOT NULL")) {
      rows.next();
      return rows.getInt(1);
    }
  }

  private static String describe(ValidateResult validation, String store) {
    int newest = MigrationScript.shipped().stream().mapToInt(MigrationScript::version).max().orElse(0);
    List<String> problems = new ArrayList<>();
    for (ValidateOutput invalid : validation.invalidMigrations) {
      String version = invalid.version == null || invalid.version.isEmpty() ? "?" : invalid.version;
      CoreErrorCode code = invalid.errorDetails != null && invalid.errorDetails.errorCode instanceof CoreErrorCode c
          ? c : CoreErrorCode.VALIDATE_ERROR;
      problems.add(switch (code) {
        case CHECKSUM_MISMATCH -> "migration V" + version + " was applied from a different file than this build "
            + "ships (checksum mismatch): a released migration was edited";
        case APPLIED_VERSIONED_MIGRATION_NOT_RESOLVED -> isNumber(version) && Integer.parseInt(version) > newest
            ? "it has schema version " + Integer.parseInt(version) + ", written by a newer hfmine; this build knows "
                + "versions up to " + newest + ". Upgrade hfmine or use another --work-dir"
            : "migration V" + version + " was applied to it but this build does not ship it (removed or renamed)";
        default -> firstLine(invalid.errorDetails == null ? "invalid migration V" + version
            : invalid.errorDetails.errorMessage);
      });
    }
    if (problems.isEmpty()) {
      problems.add(firstLine(validation.getAllErrorMessages()));
    }
    return "store " + store + ": " + String.join("; ", problems);
  }

  private static String describe(FlywayException e, String store) {
    if (e.getErrorCode() == CoreErrorCode.NON_EMPTY_SCHEMA_WITHOUT_SCHEMA_HISTORY_TABLE) {
      return store + " is not an hfmine store: it holds tables but no schema history (" + HISTORY_TABLE
          + "); use another --work-dir";
    }
    SQLException sql = null;
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException found) {
        sql = found;
      }
    }
    return "cannot migrate store " + store + ": " + firstLine(e.getMessage())
        + (sql == null ? "" : " (" + databaseError(sql.getMessage()) + ")");
  }

  // DuckDB prefixes the real error with a line about the failed pending query; keep the real one.
  private static String databaseError(String message) {
    if (message == null) {
      return "unknown error";
    }
    return message.lines().filter(line -> line.startsWith("Error: ")).map(line -> line.substring(7))
        .reduce((first, last) -> last).orElse(firstLine(message));
  }

  private static boolean isNumber(String text) {
    return !text.isEmpty() && text.chars().allMatch(Character::isDigit);
  }

  static String firstLine(String message) {
    if (message == null) {
      return "unknown error";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}

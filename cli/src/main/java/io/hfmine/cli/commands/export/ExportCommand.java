package io.hfmine.cli.commands.export;

import io.hfmine.cli.support.BaseCommand;
import io.hfmine.cli.support.ExitCode;
import io.hfmine.cli.support.Session;
import io.hfmine.cli.support.UsageException;
import io.hfmine.cli.support.VersionProvider;
import io.hfmine.datasets.config.ValidatedSettings;
import io.hfmine.datasets.export.AuthorPseudonyms;
import io.hfmine.datasets.export.DatasetExporter;
import io.hfmine.datasets.export.ExportFormat;
import io.hfmine.datasets.export.ExportSpec;
import io.hfmine.datasets.export.ExportedFile;
import io.hfmine.datasets.secrets.Secrets;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hfmine export}: the store as a citable dataset (files, dataset card, manifest). */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Write the store as a dataset: one file per table, a dataset card (README.md) and manifest.json.")
public final class ExportCommand extends BaseCommand {
  @Override
  protected boolean needsExistingStore() {
    return true;
  }

  @Option(names = "--format", defaultValue = "parquet",
      description = "parquet, csv or jsonl (default: ${DEFAULT-VALUE}).")
  ExportFormat format;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory to write the dataset into.")
  Path out;

  @Option(names = "--with-content", description = "Also export file and model-card texts.")
  boolean withContent;

  @Option(names = "--pseudonymise-authors", negatable = true,
      description = {"Replace GitHub logins (issues.author, issue_comments.author) by keyed pseudonyms",
          "(HMAC-SHA-256; the secret key is read from the " + AuthorPseudonyms.KEY_VARIABLE + " environment variable).",
          "Default: export.pseudonymise-authors of the configuration."})
  Boolean pseudonymiseAuthors;

  @Override
  protected void validate() {
    if (Boolean.TRUE.equals(pseudonymiseAuthors)) {
      pseudonyms("--pseudonymise-authors");
    }
  }

  /** The {@code export} section of the configuration. */
  public record ExportSettings(String license, String prettyName, Boolean pseudonymiseAuthors)
      implements ValidatedSettings {
    @Override
    public void validate() {
      if (license == null || license.isBlank()) {
        throw new IllegalArgumentException("export.license must name the dataset's license (cc-by-4.0, other ...)");
      }
      if (pseudonymiseAuthors == null) {
        throw new IllegalArgumentException("export.pseudonymise-authors must be true or false");
      }
    }
  }

  @Override
  protected ExitCode execute(Session session) {
    boolean pseudonymise = pseudonymiseAuthors != null ? pseudonymiseAuthors : settings(session).pseudonymiseAuthors();
    ExportSpec spec = spec(session, format, out, withContent,
        pseudonymise ? pseudonyms("export.pseudonymise-authors") : null);
    List<ExportedFile> files = new DatasetExporter(session.store()).export(spec);
    for (ExportedFile file : files) {
      session.out().printf("%-28s %,10d rows%n", file.fileName(), file.rows());
    }
    session.err().printf("Dataset written to %s (card: README.md, provenance: manifest.json)%n", out);
    return ExitCode.SUCCESS;
  }

  /** The export of the session's store: provenance from its configuration and archive. */
  public static ExportSpec spec(Session session, ExportFormat format, Path out, boolean withContent) {
    return spec(session, format, out, withContent, null);
  }

  /** As {@link #spec(Session, ExportFormat, Path, boolean)}, with logins pseudonymised when {@code pseudonyms} is set. */
  public static ExportSpec spec(Session session, ExportFormat format, Path out, boolean withContent,
      AuthorPseudonyms pseudonyms) {
    ExportSettings settings = settings(session);
    Path archive = session.replayArchive() != null ? session.replayArchive() : session.globals().record;
    return new ExportSpec(format, out, withContent, "hfmine " + VersionProvider.version(),
        session.config().toYaml(), session.config().sha256(), archive, settings.license(), settings.prettyName(),
        pseudonyms);
  }

  public static ExportSettings settings(Session session) {
    return session.config().section("export", ExportSettings.class);
  }

  /**
   * The pseudonyms the configuration asks for ({@code export.pseudonymise-authors}), or null
   * when it asks for none; a missing or short key is a usage error, raised before any work.
   */
  public static AuthorPseudonyms configuredPseudonyms(Session session) {
    return settings(session).pseudonymiseAuthors() ? pseudonyms("export.pseudonymise-authors") : null;
  }

  // The key is a secret: registered before anything could print it, never an option value
  // (which would land in shell history and process listings) nor a configuration value.
  private static AuthorPseudonyms pseudonyms(String askedBy) {
    String key = System.getenv(AuthorPseudonyms.KEY_VARIABLE);
    if (key != null && !key.isBlank()) {
      Secrets.register(key.strip());
    }
    try {
      return new AuthorPseudonyms(key);
    } catch (IllegalArgumentException e) {
      throw new UsageException(askedBy + ": " + e.getMessage());
    }
  }
}

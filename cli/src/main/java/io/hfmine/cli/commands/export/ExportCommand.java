package io.hfmine.cli.commands.export;

import io.hfmine.cli.support.BaseCommand;
import io.hfmine.cli.support.ExitCode;
import io.hfmine.cli.support.Session;
import io.hfmine.cli.support.UsageException;
import io.hfmine.cli.support.VersionProvider;
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

  @Option(names = "--pseudonymise-authors",
      description = {"Replace GitHub logins (issues.author, issue_comments.author) by keyed pseudonyms",
          "(HMAC-SHA-256; the secret key is read from the " + AuthorPseudonyms.KEY_VARIABLE + " environment variable)."})
  boolean pseudonymiseAuthors;

  @Override
  protected void validate() {
    if (pseudonymiseAuthors) {
      pseudonyms();
    }
  }

  /** The {@code export} section of the configuration. */
  public record ExportSettings(String license, String prettyName) {
  }

  @Override
  protected ExitCode execute(Session session) {
    ExportSpec spec = spec(session, format, out, withContent, pseudonymiseAuthors ? pseudonyms() : null);
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
    ExportSettings settings = session.config().section("export", ExportSettings.class);
    Path archive = session.replayArchive() != null ? session.replayArchive() : session.globals().record;
    return new ExportSpec(format, out, withContent, "hfmine " + VersionProvider.version(),
        session.config().toYaml(), session.config().sha256(), archive, settings.license(), settings.prettyName(),
        pseudonyms);
  }

  // The key is a secret: registered before anything could print it, never an option value
  // (which would land in shell history and process listings).
  private static AuthorPseudonyms pseudonyms() {
    String key = System.getenv(AuthorPseudonyms.KEY_VARIABLE);
    if (key != null && !key.isBlank()) {
      Secrets.register(key.strip());
    }
    try {
      return new AuthorPseudonyms(key);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--pseudonymise-authors: " + e.getMessage());
    }
  }
}

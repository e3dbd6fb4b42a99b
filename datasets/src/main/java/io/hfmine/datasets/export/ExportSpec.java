package io.hfmine.datasets.export;

import java.nio.file.Path;

/**
 * What an export writes and the provenance it records.
 *
 * @param archive the record/replay archive the data came from, or null when there is none
 * @param pseudonyms replaces GitHub logins by keyed pseudonyms when not null; plain logins when null
 */
public record ExportSpec(
    ExportFormat format,
    Path outDir,
    boolean withContent,
    String toolVersion,
    String configYaml,
    String configSha256,
    Path archive,
    String license,
    String prettyName,
    AuthorPseudonyms pseudonyms) {

  /** An export with the logins as GitHub shows them. */
  public ExportSpec(ExportFormat format, Path outDir, boolean withContent, String toolVersion, String configYaml,
      String configSha256, Path archive, String license, String prettyName) {
    this(format, outDir, withContent, toolVersion, configYaml, configSha256, archive, license, prettyName, null);
  }

  public boolean pseudonymised() {
    return pseudonyms != null;
  }
}

package io.hfmine.datasets.export;

import java.nio.file.Path;

/**
 * What an export writes and the provenance it records.
 *
 * @param archive the record/replay archive the data came from, or null when there is none
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
    String prettyName) {
}

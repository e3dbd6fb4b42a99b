package io.hfmine.analyzers.issues.sampling;

import io.hfmine.datasets.csv.CsvTable;
import java.util.List;

/**
 * The side file of an enriched draw: each drawn issue's stratum, kept out of the annotators' sheet
 * (a stratum column would tell them which issues the prescreen picked). Its columns are those of
 * the shipped labelled set's {@code manifest.csv} that a draw knows, so it serves as an
 * {@code --exclude} file for the next round as well.
 */
public final class SampleManifest {
  public static final List<String> COLUMNS = List.of("id", "url", "repository", "stratum");

  private SampleManifest() {
  }

  /** The manifest's CSV text, in the sheet's order. */
  public static String csv(List<EnrichedSampler.Candidate> drawn) {
    StringBuilder csv = new StringBuilder(CsvTable.record(COLUMNS));
    for (EnrichedSampler.Candidate candidate : drawn) {
      csv.append(CsvTable.record(List.of(candidate.issue().id().toString(), candidate.issue().url(),
          candidate.issue().id().repository(), candidate.stratum().name())));
    }
    return csv.toString();
  }
}

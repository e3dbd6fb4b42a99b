package io.hfmine.analyzers.issues.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hfmine.analyzers.issues.IssueId;
import io.hfmine.analyzers.issues.IssueText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleStrataTest {
  @TempDir
  Path dir;

  private static EnrichedSampler.Candidate candidate(String repository, int number, Stratum stratum) {
    IssueId id = new IssueId(repository, number);
    return new EnrichedSampler.Candidate(new IssueText(id, "t", "b", List.of(), List.of(),
        "https://github.com/" + repository + "/issues/" + number), stratum);
  }

  @Test
  void theManifestAnEnrichedDrawWritesReadsBackInItsOrder() throws Exception {
    Path manifest = dir.resolve("strata.csv");
    Files.writeString(manifest, SampleManifest.csv(List.of(candidate("lab/a", 3, Stratum.R), candidate("lab/a", 1, Stratum.P),
        candidate("x/y", 9, Stratum.P))));

    assertThat(SampleStrata.read(manifest)).containsExactly(
        java.util.Map.entry(new IssueId("lab/a", 3), Stratum.R), java.util.Map.entry(new IssueId("lab/a", 1), Stratum.P),
        java.util.Map.entry(new IssueId("x/y", 9), Stratum.P));
  }

  @Test
  void anyFileWithIdAndStratumColumnsWillDoWhateverElseItHolds() throws Exception {
    Path manifest = dir.resolve("manifest.csv");
    Files.writeString(manifest, "id,url,repository,number,stratum,part,round\nlab/a#4,,lab/a,4,p,held-out,1\n");

    assertThat(SampleStrata.read(manifest)).containsEntry(new IssueId("lab/a", 4), Stratum.P);
  }

  @Test
  void everyBadRowIsNamedByFileAndLine() throws Exception {
    Path manifest = dir.resolve("strata.csv");
    Files.writeString(manifest, "id,stratum\nlab/a#1,P\nlab/a#2,\nlab-a-3,R\nlab/a#1,P\n");

    assertThatThrownBy(() -> SampleStrata.read(manifest)).isInstanceOf(AnnotationFileException.class)
        .hasMessageContaining(manifest + " line 3: column stratum: '' is not P or R")
        .hasMessageContaining(manifest + " line 4: column id: ")
        .hasMessageContaining(manifest + " line 5: issue lab/a#1 is listed again (first on line 2)");
  }

  @Test
  void aFileWithoutAStratumColumnOrNoFileAtAllIsRefused() throws Exception {
    Path sheet = dir.resolve("sheet.csv");
    Files.writeString(sheet, "id,ptm\nlab/a#1,yes\n");

    assertThatThrownBy(() -> SampleStrata.read(sheet)).hasMessageContaining(sheet + " line 1: no 'stratum' column");
    assertThatThrownBy(() -> SampleStrata.read(dir.resolve("gone.csv"))).hasMessageContaining("gone.csv: no such file");
  }
}

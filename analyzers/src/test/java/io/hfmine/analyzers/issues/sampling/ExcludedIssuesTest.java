package io.hfmine.analyzers.issues.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hfmine.analyzers.issues.IssueId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExcludedIssuesTest {
  @TempDir
  Path dir;

  private Path file(String name, String text) throws Exception {
    return Files.writeString(dir.resolve(name), text);
  }

  @Test
  void idsOfEveryFileAreReadWhateverTheirOtherColumns() throws Exception {
    Path manifest = file("manifest.csv", "id,url,repository,number,stratum,part,round\n"
        + "acme/tool#4,https://github.com/acme/tool/issues/4,acme/tool,4,P,held-out,1\n");
    Path sheet = file("sheet.csv", "url,ID,ptm\n,acme/tool#9,yes\n,other/lib#1,\n");

    assertThat(ExcludedIssues.read(List.of(manifest, sheet)))
        .containsExactlyInAnyOrder(new IssueId("acme/tool", 4), new IssueId("acme/tool", 9), new IssueId("other/lib", 1));
  }

  @Test
  void aFileWithoutAnIdColumnOrWithAMalformedIdIsNamedWithItsLine() throws Exception {
    Path noId = file("urls.csv", "url,stratum\nhttps://github.com/acme/tool/issues/4,P\n");
    Path bad = file("bad.csv", "id,stratum\nacme/tool#4,P\n\nacme-tool-5,R\nacme/tool#,R\n");

    assertThatThrownBy(() -> ExcludedIssues.read(List.of(noId, bad, dir.resolve("gone.csv"))))
        .isInstanceOf(AnnotationFileException.class)
        .satisfies(e -> assertThat(((AnnotationFileException) e).problems()).containsExactly(
            noId + " line 1: no 'id' column (the header has url, stratum)",
            bad + " line 4: column id: 'acme-tool-5' is not an issue id of the form owner/name#number",
            bad + " line 5: column id: 'acme/tool#' is not an issue id of the form owner/name#number",
            dir.resolve("gone.csv") + ": no such file"));
  }
}

package io.hfmine.analyzers.repos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExclusionListTest {
  @TempDir
  Path temp;

  @Test
  void readsNamesAndGitHubLinksSkippingCommentsAndBlankLines() throws IOException {
    Path file = temp.resolve("exclude.txt");
    Files.writeString(file, """
        # checked by hand, 2024-03
        jdoe/notebooks
        https://github.com/acme-ml/caption-studio-mirror/   # a mirror

        https://github.com/lab/demo.git
        """);
    assertThat(ExclusionList.read(file)).containsExactly("jdoe/notebooks", "acme-ml/caption-studio-mirror", "lab/demo");
  }

  @Test
  void aLineThatNamesNoRepositoryIsAnErrorNamingFileAndLine() throws IOException {
    Path file = temp.resolve("exclude.txt");
    Files.writeString(file, "jdoe/notebooks\njust a note\n");
    assertThatThrownBy(() -> ExclusionList.read(file))
        .hasMessage("exclude.txt line 2: not a repository (OWNER/NAME or https://github.com/OWNER/NAME): \"just a note\"");
  }
}

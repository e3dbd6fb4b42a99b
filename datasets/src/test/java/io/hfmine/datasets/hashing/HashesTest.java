package io.hfmine.datasets.hashing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Known answers: `printf abc | sha256sum` and `git hash-object` of empty and "hello\n". */
class HashesTest {
  @TempDir
  Path dir;

  @Test
  void sha256OfTextBytesAndFilesAgree() throws Exception {
    String abc = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
    assertThat(Hashes.sha256("abc")).isEqualTo(abc);
    assertThat(Hashes.sha256("abc".getBytes(StandardCharsets.UTF_8))).isEqualTo(abc);
    assertThat(Hashes.sha256(Files.writeString(dir.resolve("f"), "abc"))).isEqualTo(abc);
  }

  @Test
  void gitBlobShaIsWhatGitHubReports() {
    assertThat(Hashes.gitBlobSha(new byte[0])).isEqualTo("e69de29bb2d1d6434b8b29ae775ad8c2e48c5391");
    assertThat(Hashes.gitBlobSha("hello\n".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo("ce013625030ba8dba906f756967f9e9ca394464a");
  }
}

package io.hfmine.crawler.github.code;

import static io.hfmine.datasets.store.StoreRows.rows;
import static org.assertj.core.api.Assertions.assertThat;

import io.hfmine.crawler.github.CrawlReport;
import io.hfmine.crawler.github.fake.FakeGithub;
import io.hfmine.crawler.github.fake.GithubRig;
import io.hfmine.datasets.progress.Progress;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BlobFetchTest {
  private static final String TOKEN = "ghp_blobtokenAAAAAAAAAAAAAAAAAAAAAAAAA";
  private GithubRig rig;

  @AfterEach
  void close() throws IOException {
    rig.close();
  }

  private void searchAll(String... models) {
    new CodeSearch(rig.connection().api(), rig.store, rig.settings.codeSearch())
        .run(new CodeSearchSpec(List.of(models), List.of()), Progress.NONE);
  }

  private CrawlReport fetch(long maxBytes) {
    return new BlobFetch(rig.connection().api(), rig.store, maxBytes).run(Progress.NONE);
  }

  @Test
  void fetchesABlobSharedByTwoModelsOnce() throws IOException {
    rig = new GithubRig(List.of(TOKEN));
    rig.github.file("acme/app", "m.py", "load('gpt2'); load('t5-small')", List.of("gpt2", "t5-small"));
    searchAll("gpt2", "t5-small");
    int before = rig.github.served();
    fetch(1_000_000);
    assertThat(rig.github.served() - before).isEqualTo(1);
    assertThat(rows(rig.store, "SELECT status, content FROM files")).containsExactly("ok|load('gpt2'); load('t5-small')");
  }

  @Test
  void recordsOversizedAndBinaryFilesAsSkippedWithTheReason() throws IOException {
    rig = new GithubRig(List.of(TOKEN));
    rig.github.file("acme/app", "big.py", "x = 1\n".repeat(100), List.of("gpt2"));
    rig.github.file("acme/app", "weights.py", new byte[] {'a', 0, 'b', (byte) 0xff}, List.of("gpt2"));
    searchAll("gpt2");
    fetch(200);
    assertThat(rows(rig.store, "SELECT skip_reason, content IS NULL FROM files ORDER BY skip_reason"))
        .containsExactly("binary|true", "too-large|true");
  }

  @Test
  void storesAPythonFileInTheEncodingItsCodingLineDeclaresAsText() throws IOException {
    rig = new GithubRig(List.of(TOKEN));
    byte[] latin1 = "# -*- coding: latin-1 -*-\n# caf\u00e9\nload('gpt2')\n".getBytes(StandardCharsets.ISO_8859_1);
    rig.github.file("acme/app", "legacy.py", latin1, List.of("gpt2"));
    searchAll("gpt2");
    fetch(1_000_000);
    assertThat(rows(rig.store, "SELECT status, content FROM files"))
        .containsExactly("ok|# -*- coding: latin-1 -*-\n# caf\u00e9\nload('gpt2')\n");
  }

  @Test
  void followsARenamedRepositoryToItsBlob() throws IOException {
    rig = new GithubRig(List.of(TOKEN));
    rig.github.file("old/name", "m.py", "gpt2", List.of("gpt2"));
    searchAll("gpt2");
    rig.github.rename("old/name", "new/name");
    fetch(1_000_000);
    assertThat(rows(rig.store, "SELECT status, content FROM files")).containsExactly("ok|gpt2");
  }

  @Test
  void aBlobGoneFromEveryRepositoryIsRecordedAsGone() throws IOException {
    rig = new GithubRig(List.of(TOKEN));
    rig.github.file("acme/app", "m.py", "gpt2", List.of("gpt2"));
    searchAll("gpt2");
    rig.github.status("acme/app", 404);
    fetch(1_000_000);
    assertThat(rows(rig.store, "SELECT status, skip_reason FROM files")).containsExactly("skipped|gone");
  }

  @Test
  void aFailedBlobIsMarkedFailedAndFetchedByTheNextRun() throws IOException {
    rig = new GithubRig(List.of(TOKEN));
    rig.github.file("acme/app", "m.py", "gpt2", List.of("gpt2"));
    searchAll("gpt2");
    for (int i = 0; i < 6; i++) {
      rig.github.inject(path -> path.contains("/git/blobs/"), FakeGithub.Fault.SERVER_ERROR);
    }
    CrawlReport first = fetch(1_000_000);
    assertThat(first.failures()).singleElement().asString().contains("502");
    assertThat(rows(rig.store, "SELECT state FROM crawl_units WHERE kind = 'blob'")).containsExactly("failed");
    fetch(1_000_000);
    assertThat(rows(rig.store, "SELECT status FROM files")).containsExactly("ok");
    assertThat(rows(rig.store, "SELECT state FROM crawl_units WHERE kind = 'blob'")).containsExactly("done");
  }
}

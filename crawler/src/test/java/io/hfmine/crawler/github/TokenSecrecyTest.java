package io.hfmine.crawler.github;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.hfmine.crawler.archive.Archive;
import io.hfmine.crawler.github.code.BlobFetch;
import io.hfmine.crawler.github.code.CodeSearch;
import io.hfmine.crawler.github.code.CodeSearchSpec;
import io.hfmine.crawler.github.fake.FakeGithub.Fault;
import io.hfmine.crawler.github.fake.GithubRig;
import io.hfmine.crawler.github.issues.IssueSync;
import io.hfmine.crawler.github.issues.IssueSyncSpec;
import io.hfmine.datasets.progress.Progress;
import io.hfmine.datasets.store.Store;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class TokenSecrecyTest {
  // Deliberately not token-shaped and never registered with Secrets: it must not be written at all.
  private static final String TOKEN = "plain-secret-7f3a9c2e5b1d";

  @TempDir
  Path archiveDir;

  @Test
  void tokensNeverReachTheArchiveTheLogsOrFailureReasons() throws IOException {
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    ListAppender<ILoggingEvent> logs = new ListAppender<>();
    logs.start();
    root.addAppender(logs);
    Level previous = root.getLevel();
    root.setLevel(Level.DEBUG);
    Path archiveFile = archiveDir.resolve("archive.zip");
    Archive archive = Archive.record(archiveFile, "test", Map.of());
    try (GithubRig rig = new GithubRig(List.of(TOKEN), Store.inMemory(), archive)) {
      rig.github.file("acme/app", "m.py", "gpt2", List.of("gpt2"));
      rig.github.inject(path -> path.equals("/search/code"), Fault.SECONDARY_403_MESSAGE);
      rig.github.inject(path -> path.contains("/git/blobs/"), Fault.TIMEOUT);
      rig.connection().probeRateLimits();
      new CodeSearch(rig.connection().api(), rig.store, rig.settings.codeSearch())
          .run(new CodeSearchSpec(List.of("gpt2"), List.of()), Progress.NONE);
      new BlobFetch(rig.connection().api(), rig.store, 1_000_000).run(Progress.NONE);
      CrawlReport gone = new IssueSync(rig.connection().api(), rig.store, 100)
          .run(new IssueSyncSpec(List.of("nobody/nothing"), false), Progress.NONE);
      rig.github.dieAfter(0);
      CrawlReport died = new IssueSync(rig.connection().api(), rig.store, 100)
          .run(new IssueSyncSpec(List.of("acme/app"), false), Progress.NONE);

      assertThat(rig.github.log()).anySatisfy(line -> assertThat(line.authorization()).isEqualTo("Bearer " + TOKEN));
      assertThat(gone.missing()).containsExactly("nobody/nothing: gone");
      assertThat(died.failures()).isNotEmpty().allSatisfy(reason -> assertThat(reason).doesNotContain(TOKEN));
    } finally {
      root.detachAppender(logs);
      root.setLevel(previous);
    }
    assertThat(logs.list).isNotEmpty().allSatisfy(event -> assertThat(event.getFormattedMessage()).doesNotContain(TOKEN));
    archive.close();
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(archiveFile.toFile())) {
      List<? extends java.util.zip.ZipEntry> entries = java.util.Collections.list(zip.entries());
      assertThat(entries).hasSizeGreaterThan(3);
      for (java.util.zip.ZipEntry entry : entries) {
        try (java.io.InputStream in = zip.getInputStream(entry)) {
          assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).as(entry.getName())
              .doesNotContain(TOKEN);
        }
      }
    }
  }
}

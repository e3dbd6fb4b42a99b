package io.hfmine.crawler.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveRecordingLockTest {
  @TempDir
  Path dir;

  private static ArchiveEntry exchange(String url) {
    return new ArchiveEntry("GET", url, null, 200, "OK", List.of(), "{}", null, null, "2026-12-05T00:00:00Z");
  }

  @Test
  void aSecondRecordingOfTheSameArchiveIsRefusedWhileTheFirstRunsAndNothingIsLost() throws Exception {
    Path archive = dir.resolve("archive.zip");
    try (Archive first = Archive.record(archive, "hfmine test", Map.of())) {
      first.store(exchange("https://huggingface.co/api/models?limit=1"), null);

      assertThatThrownBy(() -> Archive.record(archive, "hfmine test", Map.of()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("another run is recording into this archive")
          .hasMessageContaining(archive.toString());
      first.store(exchange("https://huggingface.co/api/models?limit=2"), null);
    }

    try (Archive second = Archive.record(archive, "hfmine test", Map.of())) {
      second.store(exchange("https://huggingface.co/api/models?limit=3"), null);
    }
    try (Archive replay = Archive.replay(archive)) {
      for (int limit = 1; limit <= 3; limit++) {
        assertThat(replay.find("GET", "https://huggingface.co/api/models?limit=" + limit, null)).isPresent();
      }
    }
    try (ZipFile zip = new ZipFile(archive.toFile())) {
      assertThat(zip.stream().map(ZipEntry::getName)).noneMatch(name -> name.endsWith(Archive.LOCK));
    }
    assertThat(dir.resolve("archive.zip" + Archive.PARTS_SUFFIX)).doesNotExist();
  }

  @Test
  void aRecordingWhoseUnpackingWasCutShortUnpacksTheArchiveAgainBeforeExtendingIt() throws Exception {
    Path archive = dir.resolve("archive.zip");
    try (Archive first = Archive.record(archive, "hfmine test", Map.of())) {
      first.store(exchange("https://huggingface.co/api/models?limit=1"), null);
    }
    // A kill during unpacking leaves entries but no manifest (it is unpacked last).
    Path parts = dir.resolve("archive.zip" + Archive.PARTS_SUFFIX);
    Files.createDirectories(parts.resolve("entries"));

    try (Archive resumed = Archive.record(archive, "hfmine test", Map.of())) {
      resumed.store(exchange("https://huggingface.co/api/models?limit=2"), null);
    }

    try (Archive replay = Archive.replay(archive)) {
      assertThat(replay.find("GET", "https://huggingface.co/api/models?limit=1", null)).isPresent();
      assertThat(replay.find("GET", "https://huggingface.co/api/models?limit=2", null)).isPresent();
    }
  }
}

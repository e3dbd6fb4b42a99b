package io.hfmine.devtools.sample;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.hfmine.cli.Main;
import io.hfmine.cli.commands.demo.BundledSample;
import io.hfmine.crawler.archive.Archive;
import io.hfmine.crawler.archive.ArchiveEntry;
import io.hfmine.datasets.files.DirectoryTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import okhttp3.mockwebserver.MockWebServer;

/**
 * Records the GitHub half of the bundled sample archive through the real clients.
 *
 * <p>It serves the Hub half and the arXiv answers from {@code sample/archive.zip} and the GitHub sample from
 * {@code sample/source/github} on local servers, runs {@code hfmine run --until issues} and a
 * second {@code issues sync} (so resumed runs replay too) with {@code --record} and the study
 * configuration {@code sample/study.yaml}, then files every GitHub
 * exchange under {@code https://api.github.com} in {@code sample/archive.zip}.
 * Run from the project root: {@code sample/record-github}.
 */
public final class SampleArchiveRecorder {
  private static final String GITHUB = "https://api.github.com";
  private static final String HUB = "https://huggingface.co";
  private static final String ARXIV = "https://export.arxiv.org";
  private static final ObjectMapper JSON = new ObjectMapper();

  private SampleArchiveRecorder() {
  }

  public static void main(String[] args) throws Exception {
    Path root = Paths.get(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
    Path sample = root.resolve("sample");
    Path work = Files.createTempDirectory("hfmine-sample-record");
    Path recorded = work.resolve("archive.zip");
    int exit;
    String githubBase;
    try (MockWebServer hub = new MockWebServer(); MockWebServer github = new MockWebServer();
         MockWebServer arxiv = new MockWebServer()) {
      hub.setDispatcher(new ArchiveDispatcher(Archive.replay(sample.resolve(BundledSample.ARCHIVE)), HUB));
      // The SE-task stages before code search read arXiv too: its answers come from the archive as well.
      arxiv.setDispatcher(new ArchiveDispatcher(Archive.replay(sample.resolve(BundledSample.ARCHIVE)), ARXIV));
      arxiv.start();
      github.setDispatcher(new GitHubSampleDispatcher(sample.resolve("source/github"), true));
      hub.start();
      github.start();
      githubBase = base(github);
      String[] common = {"--work-dir", work.resolve("work").toString(),
          "--config", recordingConfig(sample.resolve("study.yaml"), work, base(arxiv) + "/api/query").toString(),
          "--record", recorded.toString(),
          "--hf-endpoint", base(hub),
          "--github-endpoint", githubBase};
      exit = Main.run(concat(new String[] {"run", "--until", "issues"}, common), System.out, System.err);
      if (exit == 0) {
        // A second sync asks each repository for what changed since its checkpoint: with those
        // answers recorded, a resumed or repeated run replays too, not only a first one.
        exit = Main.run(concat(new String[] {"issues", "sync", "--selected"}, common), System.out, System.err);
      }
    }
    if (exit != 0) {
      System.err.println("SampleArchiveRecorder: the recording run exited " + exit + "; the archive is unchanged");
      System.exit(1);
    }
    // The recording run packed its archive; its GitHub exchanges replace the sample's, the Hub
    // and arXiv halves (the generator's) are kept.
    Path unpacked = work.resolve("recorded");
    Archive.unpack(recorded, unpacked);
    Path githubEntries = unpacked.resolve("entries").resolve(hostDir(githubBase));
    Path staging = work.resolve("sample-archive");
    Archive.unpack(sample.resolve(BundledSample.ARCHIVE), staging);
    DirectoryTree.delete(staging.resolve("entries/api.github.com"));
    int stored = 0;
    try (Archive target = Archive.record(staging, "unused: archive.json exists", java.util.Map.of());
         Stream<Path> files = Files.list(githubEntries)) {
      for (Path file : files.sorted().toList()) {
        ArchiveEntry entry = JSON.readValue(file.toFile(), ArchiveEntry.class);
        target.store(rehost(entry, githubBase), null);
        stored++;
      }
    }
    Archive.pack(staging, sample.resolve(BundledSample.ARCHIVE));
    DirectoryTree.delete(work);
    System.out.printf("recorded %d GitHub exchanges into %s%n", stored, sample.resolve(BundledSample.ARCHIVE));
  }

  /** The exchange as the real API would have answered it: every local URL named as the API's. */
  static ArchiveEntry rehost(ArchiveEntry entry, String localBase) {
    List<List<String>> headers = new ArrayList<>();
    if (entry.headers() != null) {
      for (List<String> header : entry.headers()) {
        headers.add(List.of(header.get(0), header.get(1).replace(localBase, GITHUB)));
      }
    }
    return new ArchiveEntry(entry.method(), entry.url().replace(localBase, GITHUB), entry.requestBodySha256(),
        entry.status(), entry.message(), headers, entry.body() == null ? null : entry.body().replace(localBase, GITHUB),
        entry.bodyBase64(), entry.error(), entry.recordedAt());
  }

  /**
   * The study configuration with unpaced search buckets: the fake server's budget is unlimited, and
   * pacing would only make a recording take minutes. Replays never wait anyway.
   */
  static Path recordingConfig(Path study, Path work, String arxivEndpoint) throws IOException {
    ObjectMapper yaml = new ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory());
    com.fasterxml.jackson.databind.node.ObjectNode config =
        (com.fasterxml.jackson.databind.node.ObjectNode) yaml.readTree(study.toFile());
    com.fasterxml.jackson.databind.node.ObjectNode limits = config.with("github").with("rate-limits");
    for (String bucket : List.of("search", "code-search")) {
      limits.with(bucket).put("paced", false);
    }
    config.with("se-tasks").with("arxiv").put("endpoint", arxivEndpoint);
    Path file = work.resolve("recording-study.yaml");
    yaml.writeValue(file.toFile(), config);
    return file;
  }

  private static String[] concat(String[] first, String[] second) {
    String[] all = java.util.Arrays.copyOf(first, first.length + second.length);
    System.arraycopy(second, 0, all, first.length, second.length);
    return all;
  }

  private static String base(MockWebServer server) {
    String url = server.url("/").toString();
    return url.substring(0, url.length() - 1);
  }

  private static String hostDir(String base) {
    okhttp3.HttpUrl url = okhttp3.HttpUrl.get(base);
    return url.host() + "_" + url.port();
  }


}

package io.hfmine.cli.commands.models;

import static org.assertj.core.api.Assertions.assertThat;

import io.hfmine.crawler.hf.FakeHfHub;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HF token reaches the Hub and nothing else: not the logs, not the record archive, not the
 * store, not an exception message or stack trace. Runs hfmine as a child process, because the
 * token can only come from the environment.
 */
class TokenSecrecyTest {
  private static final String TOKEN = "hf_SecretTokenForTheLeakTest0123456789";

  @TempDir
  Path dir;

  @Test
  void theTokenAppearsNowhereButInTheAuthorizationHeader() throws Exception {
    try (FakeHfHub hub = new FakeHfHub(30)) {
      hub.start();
      hub.fault(1, FakeHfHub.Fault.SERVER_ERROR).outageFrom(3);
      Path config = Files.writeString(dir.resolve("study.yaml"), """
          hf:
            page-size: 10
            retry:
              max-attempts: 2
              initial-backoff-millis: 1
          """);
      Path record = dir.resolve("archive");
      Path work = dir.resolve("work");

      ProcessBuilder builder = new ProcessBuilder(javaCommand(), "--enable-native-access=ALL-UNNAMED",
          "-cp", System.getProperty("java.class.path"), "io.hfmine.cli.Main",
          "-v", "--work-dir", work.toString(), "--config", config.toString(), "--record", record.toString(),
          "--hf-endpoint", hub.endpointText(), "models", "sync")
          .redirectOutput(dir.resolve("stdout.txt").toFile())
          .redirectError(dir.resolve("stderr.txt").toFile());
      builder.environment().put("HF_TOKEN", TOKEN);
      Process process = builder.start();
      assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();

      assertThat(process.exitValue()).isEqualTo(1);
      assertThat(hub.requests()).allSatisfy(request ->
          assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + TOKEN));
      String stderr = Files.readString(dir.resolve("stderr.txt"));
      assertThat(stderr).contains("HF Hub answered 500").contains("at io.hfmine");
      List<Path> everything = new ArrayList<>();
      try (Stream<Path> files = Files.walk(dir)) {
        files.filter(Files::isRegularFile).forEach(everything::add);
      }
      assertThat(everything).contains(record);
      assertThat(everything).anyMatch(path -> path.getFileName().toString().endsWith(".duckdb"));
      for (Path file : everything) {
        String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        assertThat(bytes).as(file.toString()).doesNotContain(TOKEN).doesNotContain("SecretTokenForTheLeakTest");
      }
      // The archive is compressed: its entries are read uncompressed too.
      try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(record.toFile())) {
        assertThat(zip.size()).isGreaterThan(1);
        for (java.util.zip.ZipEntry entry : java.util.Collections.list(zip.entries())) {
          try (java.io.InputStream in = zip.getInputStream(entry)) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1)).as(entry.getName())
                .doesNotContain(TOKEN).doesNotContain("SecretTokenForTheLeakTest");
          }
        }
      }
    }
  }

  private static String javaCommand() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}

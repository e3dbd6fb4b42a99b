package io.hfmine.cli.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.hfmine.cli.commands.demo.BundledSample;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed sample archive is exactly what the generator makes from the sample sources. */
class SampleArchiveTest {
  private static final Path SAMPLE = Path.of("..", "sample");

  @TempDir
  Path dir;

  @Test
  void committedArchiveIsReproducibleFromTheSources() throws Exception {
    if (Boolean.getBoolean("hfmine.sample.write")) {
      SampleArchiveGenerator.generate(SAMPLE.resolve("source"), SAMPLE);
      BundledSample.writePickIndex(SAMPLE, "SampleArchiveTest");
    }
    SampleArchiveGenerator.generate(SAMPLE.resolve("source"), dir);

    Map<String, String> generated = generatedHosts(entries(dir.resolve(BundledSample.ARCHIVE)));
    assertThat(generated).isNotEmpty();
    Map<String, String> committed = generatedHosts(entries(SAMPLE.resolve(BundledSample.ARCHIVE)));
    assertThat(committed.keySet()).containsExactlyElementsOf(generated.keySet());
    generated.forEach((name, text) -> assertThat(committed.get(name)).as(name).isEqualTo(text));
  }

  @Test
  void thePickIndexNamesEveryFileOfTheModelSearchFolderSoTheDemoExtractsThemAll() throws Exception {
    java.util.List<String> listed = Files.readAllLines(SAMPLE.resolve(BundledSample.PICK_INDEX)).stream()
        .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
    try (java.util.stream.Stream<Path> walk = Files.walk(SAMPLE.resolve(BundledSample.PICK))) {
      java.util.List<String> present = walk.filter(Files::isRegularFile)
          .map(path -> SAMPLE.relativize(path).toString().replace('\\', '/')).sorted().toList();
      assertThat(listed).as("sample/pick.index (rewrite it with -Dhfmine.sample.write=true)")
          .containsExactlyElementsOf(present);
    }
  }

  private static Map<String, String> generatedHosts(Map<String, String> entries) {
    Map<String, String> kept = new TreeMap<>(entries);
    kept.keySet().removeIf(name -> !name.startsWith("entries/huggingface.co/")
        && !name.startsWith("entries/" + SampleArchiveGenerator.ARXIV_HOST + "/"));
    return kept;
  }

  private static Map<String, String> entries(Path archive) throws IOException {
    Map<String, String> entries = new TreeMap<>();
    try (ZipFile zip = new ZipFile(archive.toFile())) {
      for (ZipEntry entry : Collections.list(zip.entries())) {
        try (InputStream in = zip.getInputStream(entry)) {
          entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
      }
    }
    return entries;
  }
}

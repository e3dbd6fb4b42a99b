package io.hfmine.cli.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
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
    }
    SampleArchiveGenerator.generate(SAMPLE.resolve("source"), dir);

    List<String> generated = files(dir);
    assertThat(files(SAMPLE).stream().filter(SampleArchiveTest::generatedHost).toList())
        .containsExactlyElementsOf(generated.stream().filter(SampleArchiveTest::generatedHost).toList());
    for (String file : generated) {
      if (generatedHost(file)) {
        assertThat(Files.readString(SAMPLE.resolve(file))).as(file).isEqualTo(Files.readString(dir.resolve(file)));
      }
    }
  }

  private static boolean generatedHost(String file) {
    return file.startsWith("archive/entries/huggingface.co/") || file.startsWith("archive/entries/export.arxiv.org/");
  }

  private static List<String> files(Path root) throws Exception {
    try (Stream<Path> walk = Files.walk(root.resolve("archive"))) {
      return walk.filter(Files::isRegularFile).map(path -> root.relativize(path).toString()).sorted().toList();
    }
  }
}

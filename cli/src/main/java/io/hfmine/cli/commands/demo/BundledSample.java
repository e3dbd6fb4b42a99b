package io.hfmine.cli.commands.demo;

import io.hfmine.crawler.hf.ModelQuery;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The sample bundled in the jar: a replay archive of the Hub and GitHub answers a study needs, and
 * the study configuration ({@code study.yaml}) it was recorded with.
 *
 * <p>{@code sample/archive.index} names every file of the archive, so extracting it needs no
 * classpath directory listing.
 */
public final class BundledSample {
  /** The Hub listing the archive answers: the study's `run.models` with the sample's page size. */
  public static final ModelQuery LISTING = new ModelQuery(null, null, List.of(), null, "downloads", null);
  /** The dataset listing the archive answers: the study's `se-tasks.datasets` (sorted by downloads, no maximum). */
  public static final ModelQuery DATASET_LISTING = new ModelQuery(null, null, List.of(), null, "downloads", null);
  /** Models per listing page in the sample archive (hf.page-size of study.yaml). */
  public static final int PAGE_SIZE = 10;
  /** The Hub endpoint the archive's URLs use. */
  public static final String ENDPOINT = "https://huggingface.co";
  /** The list of the archive's files, relative to the sample folder. */
  public static final String INDEX = "archive.index";
  /** The study configuration of the sample. */
  public static final String STUDY = "study.yaml";
  /** The sample's model-search requests and judgments. */
  public static final String PICK = "pick";

  private static final String SAMPLE = "sample/";

  private BundledSample() {
  }

  /** Where an extracted sample is. */
  public record Extracted(Path archive, Path study, Path pick) {
  }

  /** Copies the archive and study file to {@code out}, replacing an older copy. */
  public static Extracted extract(Path out) throws IOException {
    List<String> files = new ArrayList<>(new String(resource(INDEX).readAllBytes(), StandardCharsets.UTF_8).lines()
        .map(String::strip)
        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
        .toList());
    files.add(STUDY);
    for (String file : files) {
      Path target = out.resolve(file).normalize();
      if (!target.startsWith(out.normalize())) {
        throw new IOException("sample index names a file outside the output directory: " + file);
      }
      Files.createDirectories(target.getParent());
      try (InputStream in = resource(file)) {
        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
      }
    }
    return new Extracted(out.resolve("archive"), out.resolve(STUDY), out.resolve(PICK));
  }

  /**
   * Writes {@code sample/archive.index}: every file of {@code sample/archive} and of
   * {@code sample/pick} (the requests and judgments of model search), sorted.
   */
  public static void writeIndex(Path sample, String writtenBy) throws IOException {
    List<String> files = new ArrayList<>();
    for (String folder : List.of("archive", PICK)) {
      if (!Files.isDirectory(sample.resolve(folder))) {
        continue;
      }
      try (Stream<Path> walk = Files.walk(sample.resolve(folder))) {
        walk.filter(Files::isRegularFile).map(path -> sample.relativize(path).toString().replace('\\', '/'))
            .forEach(files::add);
      }
    }
    files.sort(null);
    Files.writeString(sample.resolve(INDEX),
        "# Files of the bundled replay archive and model-search requests, relative to sample/ (written by " + writtenBy
            + ").\n" + String.join("\n", files) + "\n");
  }

  private static InputStream resource(String name) {
    InputStream in = BundledSample.class.getClassLoader().getResourceAsStream(SAMPLE + name);
    if (in == null) {
      throw new UncheckedIOException(new IOException("the bundled sample lacks " + SAMPLE + name
          + "; rebuild hfmine (./hfmine rebuilds when sources change)"));
    }
    return in;
  }
}

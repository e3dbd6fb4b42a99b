package io.hfmine.cli.commands.demo;

import io.hfmine.crawler.hf.ModelQuery;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The sample bundled in the jar: a replay archive of the Hub and GitHub answers a study needs, and
 * the study configuration ({@code study.yaml}) it was recorded with.
 *
 * <p>The archive is one compressed file, {@code sample/archive.zip}, copied out of the jar as it is;
 * {@code sample/pick.index} names the files of {@code sample/pick} (the requests and judgments of
 * model search), so extracting them needs no classpath directory listing.
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
  /** The archive file, relative to the sample folder. */
  public static final String ARCHIVE = "archive.zip";
  /** The study configuration of the sample. */
  public static final String STUDY = "study.yaml";
  /** The sample's model-search requests and judgments. */
  public static final String PICK = "pick";
  /** The list of the files of {@link #PICK}, relative to the sample folder. */
  public static final String PICK_INDEX = "pick.index";

  private static final String SAMPLE = "sample/";

  private BundledSample() {
  }

  /** Where an extracted sample is. */
  public record Extracted(Path archive, Path study, Path pick) {
  }

  /** Copies the archive, the study file and the model-search files to {@code out}, replacing older copies. */
  public static Extracted extract(Path out) throws IOException {
    Files.createDirectories(out);
    List<String> files = new ArrayList<>(List.of(ARCHIVE, STUDY));
    try (InputStream index = resource(PICK_INDEX)) {
      new String(index.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#")).forEach(files::add);
    }
    for (String file : files) {
      Path target = out.resolve(file).normalize();
      if (!target.startsWith(out.normalize())) {
        throw new IOException("the sample's " + PICK_INDEX + " names a file outside " + out + ": " + file);
      }
      Files.createDirectories(target.getParent());
      try (InputStream in = resource(file)) {
        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
      }
    }
    return new Extracted(out.resolve(ARCHIVE), out.resolve(STUDY), out.resolve(PICK));
  }

  /** Writes {@code sample/pick.index}: every file of {@code sample/pick}, sorted. */
  public static void writePickIndex(Path sample, String writtenBy) throws IOException {
    List<String> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(sample.resolve(PICK))) {
      walk.filter(Files::isRegularFile).map(path -> sample.relativize(path).toString().replace('\\', '/'))
          .forEach(files::add);
    }
    files.sort(null);
    Files.writeString(sample.resolve(PICK_INDEX), "# Files of the model-search requests and judgments, relative to "
        + "sample/ (written by " + writtenBy + ").\n" + String.join("\n", files) + "\n");
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

package io.hfmine.cli.commands.demo;

import io.hfmine.crawler.hf.ModelQuery;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The sample bundled in the jar: a replay archive of the Hub and GitHub answers a study needs, and
 * the study configuration ({@code study.yaml}) it was recorded with.
 *
 * <p>The archive is one compressed file, {@code sample/archive.zip}, copied out of the jar as it is.
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

  private static final String SAMPLE = "sample/";

  private BundledSample() {
  }

  /** Where an extracted sample is. */
  public record Extracted(Path archive, Path study) {
  }

  /** Copies the archive and study file to {@code out}, replacing an older copy. */
  public static Extracted extract(Path out) throws IOException {
    Files.createDirectories(out);
    for (String file : List.of(ARCHIVE, STUDY)) {
      try (InputStream in = resource(file)) {
        Files.copy(in, out.resolve(file), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    return new Extracted(out.resolve(ARCHIVE), out.resolve(STUDY));
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

package io.hfmine.cli.commands.demo;

import io.hfmine.analyzers.cards.CardDedupStage;
import io.hfmine.analyzers.cards.CardDeduplicator;
import io.hfmine.analyzers.models.ModelSelection;
import io.hfmine.crawler.archive.Archive;
import io.hfmine.crawler.hf.CardFetch;
import io.hfmine.crawler.hf.HfHub;
import io.hfmine.crawler.hf.HfHubClient;
import io.hfmine.crawler.hf.ModelQuery;
import io.hfmine.crawler.hf.ModelSync;
import io.hfmine.crawler.http.HttpSettings;
import io.hfmine.crawler.http.HttpStack;
import io.hfmine.crawler.http.Sleeper;
import io.hfmine.datasets.config.Config;
import io.hfmine.datasets.hf.CardFrontMatter;
import io.hfmine.datasets.hf.HfSettings;
import io.hfmine.datasets.progress.Progress;
import io.hfmine.datasets.store.Store;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The study {@code hfmine demo} runs: the model catalog (sync, cards, select, dedup) replayed
 * offline from the sample archive bundled in the jar.
 *
 * <p>The archive was made for exactly this listing ({@link #LISTING}, {@link #PAGE_SIZE} per
 * page, the default endpoint), so the real client runs unchanged. {@code sample/archive.index}
 * names every file of the archive, so extracting it needs no classpath directory listing.
 */
public final class SampleStudy {
  /** The listing the sample archive answers. */
  public static final ModelQuery LISTING = new ModelQuery(null, null, List.of(), null, "downloads", null);
  /** Models per listing page in the sample archive. */
  public static final int PAGE_SIZE = 10;
  /** The Hub endpoint the archive's URLs use. */
  public static final String ENDPOINT = "https://huggingface.co";
  /** Classpath (and repository) location of the sample. */
  public static final String SAMPLE = "sample/";
  /** The list of the archive's files, relative to {@link #SAMPLE}. */
  public static final String INDEX = "archive.index";

  private final Config config;
  private final Progress.Factory progress;

  public SampleStudy(Config config, Progress.Factory progress) {
    this.config = config;
    this.progress = progress;
  }

  /** What the demo did, for the summary it prints. */
  public record Result(Path store, Path archive, ModelSync.Result sync, CardFetch.Result cards,
      List<ModelSelection.Step> funnel, CardDeduplicator.Result dedup) {
  }

  /** Extracts the archive into {@code out}, runs the stages into a fresh store there. */
  public Result run(Path out) throws IOException {
    Path archiveDir = extract(out);
    Path storeFile = out.resolve(Store.FILE_NAME);
    Files.deleteIfExists(storeFile);
    Files.deleteIfExists(out.resolve(Store.FILE_NAME + ".wal"));
    HfSettings hf = config.with("hf.endpoint", ENDPOINT).section("hf", HfSettings.class);
    HttpStack http = new HttpStack(config.section("http", HttpSettings.class), Archive.replay(archiveDir), null);
    try (Store store = Store.open(storeFile)) {
      HfHubClient hub = HfHub.client(http, hf, null, Sleeper.NONE);
      ModelSync.Result sync = new ModelSync(store, hub, progress).run(LISTING, PAGE_SIZE);
      CardFetch.Result cards = new CardFetch(store, hub, progress,
          new CardFrontMatter(hf.cards().headerMaxBytes(), hf.cards().headerMaxDepth()), hf.cards().maxBytes())
          .run(new CardFetch.Spec(false, false));
      HfSettings.Select select = hf.select();
      List<ModelSelection.Step> funnel = new ModelSelection(store).run(new ModelSelection.Spec(
          select.minDownloads(), select.requireCard(), select.requireTags(), select.libraries()));
      HfSettings.Dedup dedup = hf.dedup();
      CardDeduplicator.Result duplicates = new CardDedupStage(store, new CardDeduplicator.Settings(
          dedup.threshold(), dedup.bands(), dedup.rows(), dedup.maxBucketComparisons()), progress).run();
      return new Result(storeFile, archiveDir, sync, cards, funnel, duplicates);
    } finally {
      http.close();
    }
  }

  /** Copies the bundled archive to {@code out/archive}, replacing an older copy's files. */
  static Path extract(Path out) throws IOException {
    List<String> files = new String(resource(INDEX).readAllBytes(), StandardCharsets.UTF_8).lines()
        .map(String::strip)
        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
        .toList();
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
    return out.resolve("archive");
  }

  private static InputStream resource(String name) {
    InputStream in = SampleStudy.class.getClassLoader().getResourceAsStream(SAMPLE + name);
    if (in == null) {
      throw new UncheckedIOException(new IOException("the bundled sample lacks " + SAMPLE + name
          + "; rebuild hfmine (./hfmine rebuilds when sources change)"));
    }
    return in;
  }
}

package io.hfmine.bench.accuracy;

import static io.hfmine.bench.accuracy.UsageConfirmation.HUB_LIBRARIES;
import static io.hfmine.bench.accuracy.UsageConfirmation.bare;
import static io.hfmine.bench.accuracy.UsageConfirmation.root;

import io.hfmine.analyzers.usage.FileOutcome;
import io.hfmine.analyzers.usage.SourceFile;
import io.hfmine.analyzers.usage.UsageExtractor;
import io.hfmine.analyzers.usage.UsageExtractorFactory;
import io.hfmine.analyzers.usage.UsageRecord;
import io.hfmine.analyzers.usage.UsageSettings;
import io.hfmine.analyzers.usage.canonical.ModelCatalog;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Every other Python file of the sampled repositories, which a study scanning whole checkouts
 * records and PeaTMOSS never named (it named only the files its five APIs matched): precision of
 * hfmine's Hub ids there, and recall of the loads the reference sees.
 *
 * <p>The reference's loads are its own, independent of hfmine's signature files: a call into a
 * Hub library whose last name is one of {@link #LOADERS}, with a string shaped like a Hub
 * repository id ({@code owner/name}, no path beyond) reaching an argument. Found when hfmine has
 * a usage on that line whose literal is that string. Hub-shaped strings that name local folders
 * are among them, so the recall is a floor; the listed misses say which.
 */
final class WholeCheckouts {
  private static final Set<String> LOADERS = Set.of("from_pretrained", "pipeline", "load_dataset", "hf_hub_download",
      "snapshot_download", "SentenceTransformer", "CrossEncoder", "create_model", "create_model_and_transforms",
      "load");
  /** Callees named in the misses line; the rest are counted (`--list-misses` lists every miss). */
  private static final int SHOWN_CALLEES = 10;
  /** How many of the repositories with the most misses are summed ({@link #concentration}). */
  private static final int SHOWN_REPOSITORIES = 5;
  private static final Pattern HUB_SHAPED = Pattern.compile("[a-z0-9][a-z0-9_.-]*/[a-z0-9][a-z0-9_.-]*");
  private static final Pattern FILE_SHAPED = Pattern.compile(".*\\.(json|jsonl|bin|pt|pth|ckpt|safetensors|txt|py|yaml|yml|csv|tsv|h5|onnx|model|npy|npz|pkl|wav|mp3|flac|png|jpg|jpeg|gif|zip|tar|gz|md|parquet|arrow)");

  private final Path reference;
  private final UsageConfirmation confirmation;
  private final PrintStream out;
  private final boolean listDoubtful;
  private final boolean listMisses;
  private final boolean listHeldOut;

  WholeCheckouts(Path reference, UsageConfirmation confirmation, PrintStream out, boolean listDoubtful,
      boolean listMisses, boolean listHeldOut) {
    this.reference = reference;
    this.confirmation = confirmation;
    this.out = out;
    this.listDoubtful = listDoubtful;
    this.listMisses = listMisses;
    this.listHeldOut = listHeldOut;
  }

  private record Scanned(String repository, String path, Path file, List<UsageRecord> usages) {
  }

  /** Per split: files scanned, loads the reference saw, of them found. */
  private static final class Counts {
    int files;
    int loads;
    int found;
    final Map<String, Integer> missedByLoader = new TreeMap<>();
    /** Misses by repository, printed as counts only (a held-out repository is never named). */
    final Map<String, Integer> missedByRepository = new HashMap<>();
  }

  /**
   * @param named the files already scored, as {@code repository + '\t' + path}
   * @param directory where a repository's checkout is
   */
  void score(Set<String> repositories, Set<String> named, Function<String, Path> directory)
      throws IOException, InterruptedException {
    List<Scanned> candidates = new ArrayList<>();
    Map<Split, Counts> counts = new TreeMap<>();
    for (Split split : Split.values()) {
      counts.put(split, new Counts());
    }
    UsageExtractorFactory factory = new UsageExtractorFactory(UsageSettings.defaults().withThreads(1), ModelCatalog.NONE);
    try (UsageExtractor extractor = factory.get()) {
      for (String repository : repositories) {
        Path dir = directory.apply(repository);
        List<Path> python;
        try (var walk = Files.walk(dir)) {
          python = walk.filter(f -> f.toString().endsWith(".py") && Files.isRegularFile(f)).sorted().toList();
        }
        for (Path file : python) {
          String path = dir.relativize(file).toString().replace('\\', '/');
          if (named.contains(repository + "\t" + path)) {
            continue;
          }
          counts.get(Split.of(repository)).files++;
          byte[] bytes = Files.readAllBytes(file);
          FileOutcome outcome = extractor.extract(new SourceFile(repository, path, null, bytes));
          // Only a file naming a Hub library can hold a load the reference counts.
          String text = new String(bytes, StandardCharsets.UTF_8);
          if (outcome.usages().stream().anyMatch(u -> u.modelId() != null)
              || HUB_LIBRARIES.stream().anyMatch(text::contains)) {
            candidates.add(new Scanned(repository, path, file.toAbsolutePath(), outcome.usages()));
          }
        }
      }
    }
    Map<Path, ReferenceOracle.Analysis> analyses =
        ReferenceOracle.analyse(reference, candidates.stream().map(Scanned::file).toList());
    Map<Split, Tally> precision = new TreeMap<>();
    for (Split split : Split.values()) {
      precision.put(split, new Tally());
    }
    for (Scanned file : candidates) {
      Split split = Split.of(file.repository());
      boolean list = split == Split.TUNING || listHeldOut;
      ReferenceOracle.Analysis analysis = analyses == null ? null : analyses.get(file.file());
      Tally tally = precision.get(split);
      if (file.usages().stream().anyMatch(u -> u.modelId() != null)) {
        tally.present++;
      }
      for (UsageRecord usage : file.usages()) {
        if (usage.modelId() != null) {
          confirmation.score(file.repository(), file.path(), usage, analysis, tally, list && listDoubtful);
        }
      }
      if (analysis != null && analysis.parsed()) {
        loads(file, analysis, counts.get(split), list && listMisses);
      }
    }
    for (Split split : Split.values()) {
      Counts c = counts.get(split);
      precision.get(split).printOtherFiles(split.label(), c.files, out);
      out.printf("  loads the reference sees (a Hub-shaped string reaching %s of a Hub library): %d; found %d%n",
          "a loader", c.loads, c.found);
      out.printf("  RECALL %s   (a floor: some Hub-shaped strings name local folders)%n",
          c.loads == 0 ? "n/a" : String.format(Locale.ROOT, "%.3f", (double) c.found / c.loads));
      if (!c.missedByLoader.isEmpty()) {
        out.println("  missed by callee: " + mostMissed(c.missedByLoader));
        out.println("  missed by repository: " + concentration(c.missedByRepository));
      }
    }
    if (analyses == null) {
      out.println("python3 is not available: the other files' figures count only judged usages and no loads");
    }
  }

  /**
   * How the misses spread over repositories, by counts alone: whether a floor below the named
   * files' recall is one repository's shape or many.
   */
  static String concentration(Map<String, Integer> missed) {
    List<Integer> sizes = missed.values().stream().sorted(Comparator.reverseOrder()).toList();
    int total = sizes.stream().mapToInt(Integer::intValue).sum();
    int top = sizes.stream().limit(SHOWN_REPOSITORIES).mapToInt(Integer::intValue).sum();
    return String.format(Locale.ROOT, "%d repositories; the one with the most holds %d, the %d with the most %d of %d",
        sizes.size(), sizes.isEmpty() ? 0 : sizes.get(0), Math.min(SHOWN_REPOSITORIES, sizes.size()), top, total);
  }

  /** The callees with the most misses, then how many others and their misses: one readable line. */
  private static String mostMissed(Map<String, Integer> missed) {
    List<Map.Entry<String, Integer>> ranked = missed.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .toList();
    StringBuilder line = new StringBuilder();
    ranked.stream().limit(SHOWN_CALLEES).forEach(e ->
        line.append(line.isEmpty() ? "" : ", ").append(e.getKey()).append(' ').append(e.getValue()));
    if (ranked.size() > SHOWN_CALLEES) {
      int rest = ranked.stream().skip(SHOWN_CALLEES).mapToInt(Map.Entry::getValue).sum();
      line.append("; ").append(ranked.size() - SHOWN_CALLEES).append(" other callees ").append(rest);
    }
    return line.toString();
  }

  private void loads(Scanned file, ReferenceOracle.Analysis analysis, Counts counts, boolean list) {
    // A load is a string at a call's line: the reference names one call once per class a name may
    // hold (model_class.from_pretrained), and one load is not several for that.
    Set<String> counted = new HashSet<>();
    for (ReferenceOracle.Call call : analysis.calls()) {
      String callee = call.callee();
      String last = callee.substring(callee.lastIndexOf('.') + 1);
      if (!HUB_LIBRARIES.contains(root(callee)) || !LOADERS.contains(last)) {
        continue;
      }
      for (String value : call.values().stream().map(UsageConfirmation::bare).distinct().toList()) {
        if (!HUB_SHAPED.matcher(value).matches() || FILE_SHAPED.matcher(value).matches()
            || !counted.add(call.line() + "\t" + value)) {
          continue;
        }
        counts.loads++;
        boolean found = file.usages().stream().anyMatch(u -> u.line() == call.line() && u.modelLiteral() != null
            && bare(u.modelLiteral()).equals(value));
        if (found) {
          counts.found++;
        } else {
          counts.missedByLoader.merge(callee, 1, Integer::sum);
          counts.missedByRepository.merge(file.repository(), 1, Integer::sum);
          if (list) {
            out.printf("OTHER-MISS %s %s:%d %s %s%n", file.repository(), file.path(), call.line(), callee, value);
          }
        }
      }
    }
  }
}

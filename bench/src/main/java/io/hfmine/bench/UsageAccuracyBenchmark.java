package io.hfmine.bench;

import io.hfmine.bench.accuracy.AccuracyRun;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Usage extraction against PeaTMOSS's static matches on real repositories: recall of PeaTMOSS's
 * ids and precision of hfmine's, on the tuning and the held-out repositories
 * ({@code bench/usage-accuracy/README.md}).
 *
 * <p>Args: [--peatmoss DIR] [--corpus DIR] [--sample FILE] [--judgements FILE]
 * [--list-misses] [--list-doubtful] [--list-ids] [--list-held-out] [--every-file].
 */
public final class UsageAccuracyBenchmark {
  private UsageAccuracyBenchmark() {
  }

  public static void main(String[] args) throws Exception {
    Path root = Path.of(System.getProperty("hfmine.root", "."));
    Path peatmoss = root.resolve("../shared/data/peatmoss-static-matches");
    if (!java.nio.file.Files.isDirectory(peatmoss)) {
      peatmoss = Path.of("/work/shared/data/peatmoss-static-matches");
    }
    Path corpus = Path.of("/work/corpus/repos");
    Path dir = root.resolve("bench/usage-accuracy");
    Path sample = dir.resolve("sample.txt");
    Path judgements = dir.resolve("judgements.csv");
    boolean misses = false;
    boolean doubtful = false;
    boolean heldOut = false;
    boolean ids = false;
    boolean everyFile = false;
    List<String> rest = new ArrayList<>(List.of(args));
    for (int i = 0; i < rest.size(); i++) {
      String arg = rest.get(i);
      switch (arg) {
        case "--peatmoss" -> peatmoss = Path.of(rest.get(++i));
        case "--corpus" -> corpus = Path.of(rest.get(++i));
        case "--sample" -> sample = rest.get(++i).equals("none") ? null : Path.of(rest.get(i));
        case "--judgements" -> judgements = Path.of(rest.get(++i));
        case "--list-misses" -> misses = true;
        case "--list-doubtful" -> doubtful = true;
        case "--list-held-out" -> heldOut = true;
        case "--list-ids" -> ids = true;
        case "--every-file" -> everyFile = true;
        default -> {
          System.err.println("usage-accuracy: unknown argument " + arg);
          System.exit(2);
        }
      }
    }
    System.out.println("PeaTMOSS matches: " + peatmoss.normalize() + "; corpus: " + corpus
        + "; repositories: " + (sample == null ? "every one in the corpus" : "those of " + sample.getFileName()));
    new AccuracyRun(new AccuracyRun.Options(peatmoss, corpus, dir.resolve("reference.py"), judgements, sample, misses,
        doubtful, heldOut, ids, everyFile), System.out).run();
  }
}

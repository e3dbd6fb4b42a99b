package io.hfmine.bench.accuracy;

import java.io.PrintStream;
import java.util.Map;
import java.util.TreeMap;

/** Counts of one split: pairs excluded (and why), found and missed (by API and class), usages judged. */
final class Tally {
  int repositories;
  int files;
  int present;
  int pairs;
  private int found;
  private int conditional;
  private int missed;
  private final Map<String, Integer> excluded = new TreeMap<>();
  private final Map<String, int[]> byRepository = new TreeMap<>();
  private final Map<String, int[]> byApi = new TreeMap<>();
  private final Map<String, Integer> missClasses = new TreeMap<>();
  private final Map<String, int[]> byLibrary = new TreeMap<>();
  private final Map<String, int[]> byResolution = new TreeMap<>();
  private int usages;
  private int confirmed;
  private int correct;
  private int wrong;
  private int unjudged;

  void excluded(String reason) {
    excluded.merge(reason, 1, Integer::sum);
  }

  void found(String repository, String api, boolean isConditional) {
    byRepository.computeIfAbsent(repository, k -> new int[2])[0]++;
    found++;
    conditional += isConditional ? 1 : 0;
    byApi.computeIfAbsent(api, k -> new int[2])[0]++;
  }

  void missed(String repository, String api, String missClass) {
    byRepository.computeIfAbsent(repository, k -> new int[2])[1]++;
    missed++;
    byApi.computeIfAbsent(api, k -> new int[2])[1]++;
    missClasses.merge(missClass, 1, Integer::sum);
  }

  /** @param verdict true correct, false wrong, null not judged */
  void usage(String library, String resolution, boolean byReference, Boolean verdict) {
    usages++;
    if (byReference) {
      confirmed++;
    } else if (verdict == null) {
      unjudged++;
    } else if (verdict) {
      correct++;
    } else {
      wrong++;
    }
    int good = verdict == Boolean.TRUE ? 1 : 0;
    int[] l = byLibrary.computeIfAbsent(library, k -> new int[2]);
    l[0] += good;
    l[1]++;
    int[] r = byResolution.computeIfAbsent(resolution, k -> new int[2]);
    r[0] += good;
    r[1]++;
  }

  void print(String split, PrintStream out) {
    out.printf("== %s: %d repositories, %d files named by PeaTMOSS (%d still there), %d (file, id) pairs%n", split,
        repositories, files, present, pairs);
    StringBuilder reasons = new StringBuilder();
    excluded.forEach((reason, n) -> reasons.append(reasons.isEmpty() ? "" : "; ").append(reason).append(' ').append(n));
    out.println("  not counted: " + (reasons.isEmpty() ? "none" : reasons));
    int knowable = found + missed;
    out.printf("  statically knowable: %d; found %d (%d of them conditional loads), missed %d%n", knowable, found,
        conditional, missed);
    out.printf("  RECALL %s   (target >= 0.97)%n", ratio(found, knowable));
    int largest = byRepository.values().stream().mapToInt(c -> c[0] + c[1]).max().orElse(0);
    long clean = byRepository.values().stream().filter(c -> c[1] == 0).count();
    out.printf("  repositories with knowable ids: %d, every one found in %d; the largest holds %d of the ids%n",
        byRepository.size(), clean, largest);
    StringBuilder apis = new StringBuilder();
    byApi.forEach((api, c) -> apis.append(apis.isEmpty() ? "" : ", ").append(api).append(' ')
        .append(ratio(c[0], c[0] + c[1])).append(" (").append(c[0]).append('/').append(c[0] + c[1]).append(')'));
    out.println("  recall by PeaTMOSS API: " + (apis.isEmpty() ? "-" : apis));
    if (!missClasses.isEmpty()) {
      out.println("  misses by class:");
      missClasses.forEach((reason, n) -> out.printf("    %4d  %s%n", n, reason));
    }
    int good = confirmed + correct;
    out.printf("  usages with a Hub id in these files: %d; confirmed by the reference %d, correct by reading %d,"
        + " wrong by reading %d, not judged %d%n", usages, confirmed, correct, wrong, unjudged);
    out.printf("  PRECISION %s   (target >= 0.98; a usage not judged counts as wrong)%n", ratio(good, usages));
    out.println("  precision by library: " + categories(byLibrary));
    out.println("  precision by resolution: " + categories(byResolution));
  }

  /** Precision alone, for the files PeaTMOSS did not name ({@code present}: those with a Hub id). */
  void printOtherFiles(String split, int scanned, PrintStream out) {
    out.printf("== %s, every other .py file of its repositories: %d files, %d with a usage that has a Hub id%n", split,
        scanned, present);
    out.printf("  usages with a Hub id: %d; confirmed by the reference %d, correct by reading %d, wrong by reading %d,"
        + " not judged %d%n", usages, confirmed, correct, wrong, unjudged);
    out.printf("  PRECISION %s   (target >= 0.98; a usage not judged counts as wrong)%n", ratio(confirmed + correct, usages));
    out.println("  precision by library: " + categories(byLibrary));
    out.println("  precision by resolution: " + categories(byResolution));
  }

  private static String categories(Map<String, int[]> counts) {
    StringBuilder text = new StringBuilder();
    counts.forEach((name, c) -> text.append(text.isEmpty() ? "" : ", ").append(name).append(' ')
        .append(ratio(c[0], c[1])).append(" (").append(c[0]).append('/').append(c[1]).append(')'));
    return text.isEmpty() ? "-" : text.toString();
  }

  private static String ratio(int part, int whole) {
    return whole == 0 ? "n/a" : String.format(java.util.Locale.ROOT, "%.3f", (double) part / whole);
  }
}

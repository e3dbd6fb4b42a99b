package io.hfmine.bench;

import io.hfmine.analyzers.issues.Annotation;
import io.hfmine.analyzers.issues.IssueId;
import io.hfmine.analyzers.issues.IssueLabelling;
import io.hfmine.analyzers.issues.taxonomy.Taxonomy;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Error analysis of out-of-fold predictions on the tuning part: the theme confusion matrix (gold
 * primary theme by predicted primary theme, gold PTM-related issues only) on stdout, and every
 * issue the classifier gets wrong (relevance miss, false alarm, wrong theme) with its probabilities
 * and gold labels, one a line, in a file. Ids and labels only: the issues are read where they are.
 */
final class TuningErrors {
  private TuningErrors() {
  }

  static void write(Path file, Taxonomy taxonomy, List<Annotation> gold, Map<IssueId, IssueLabelling> predicted,
      Predicate<IssueId> unspaced, PrintStream out) {
    List<String> themes = taxonomy.themeCodes();
    Map<String, Map<String, Integer>> confusion = new TreeMap<>();
    List<String> lines = new ArrayList<>();
    // Of the issues written mostly in Chinese or Japanese: issues, PTM-related, missed, false alarms, theme wrong.
    int[] inUnspaced = new int[5];
    lines.add("id\terror\tgold_ptm\tp_ptm_said\tgold_theme\tgold_sub_theme\tpredicted_theme\tpredicted_sub_theme\ttheme_scores");
    for (Annotation a : gold) {
      IssueLabelling p = predicted.get(a.issue());
      if (p == null || !a.ptmAnnotated()) {
        continue;
      }
      String predictedTheme = p.themes().isEmpty() ? "-" : p.themes().get(0).code();
      String predictedSub = p.subThemes().isEmpty() ? "-" : p.subThemes().get(0).code();
      String error = null;
      if (a.isPtm() && !p.isPtm()) {
        error = "missed";
      } else if (!a.isPtm() && p.isPtm()) {
        error = "false-alarm";
      }
      if (a.isPtm() && a.primaryTheme() != null) {
        confusion.computeIfAbsent(a.primaryTheme(), k -> new TreeMap<>()).merge(predictedTheme, 1, Integer::sum);
        if (!a.primaryTheme().equals(predictedTheme)) {
          error = error == null ? "theme" : error + "+theme";
        }
      }
      if (unspaced.test(a.issue())) {
        inUnspaced[0]++;
        inUnspaced[1] += a.isPtm() ? 1 : 0;
        inUnspaced[2] += error != null && error.startsWith("missed") ? 1 : 0;
        inUnspaced[3] += "false-alarm".equals(error) ? 1 : 0;
        inUnspaced[4] += error != null && error.endsWith("theme") ? 1 : 0;
      }
      if (error != null) {
        lines.add(String.join("\t", a.issue().toString(), error, Boolean.toString(a.isPtm()), p.ptm().evidence(),
            String.valueOf(a.primaryTheme()), String.valueOf(a.primarySubTheme()), predictedTheme, predictedSub,
            p.themes().stream().map(t -> t.code() + "=" + t.confidence()).reduce((x, y) -> x + ";" + y).orElse("")));
      }
    }
    out.println("  theme confusion, out of fold (rows gold primary theme, columns predicted):");
    out.printf("  %6s", "");
    themes.forEach(t -> out.printf(" %4s", t));
    out.println();
    for (String row : themes) {
      out.printf("  %6s", row);
      for (String column : themes) {
        out.printf(" %4d", confusion.getOrDefault(row, Map.of()).getOrDefault(column, 0));
      }
      out.println();
    }
    out.printf("  written mostly in Chinese or Japanese, out of fold: %d issues, %d PTM-related; %d missed, %d false"
        + " alarms, %d PTM-related with another primary theme%n", inUnspaced[0], inUnspaced[1], inUnspaced[2],
        inUnspaced[3], inUnspaced[4]);
    try {
      Files.write(file, lines);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.printf("  %d errors written to %s%n", lines.size() - 1, file);
  }
}

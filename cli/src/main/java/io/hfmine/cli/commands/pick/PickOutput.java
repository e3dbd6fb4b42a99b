package io.hfmine.cli.commands.pick;

import io.hfmine.analyzers.pick.constraint.Check;
import io.hfmine.analyzers.pick.constraint.Quantities;
import io.hfmine.analyzers.pick.rank.PickResult;
import io.hfmine.analyzers.pick.rank.RankFusion;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The human-readable answer: one block per model, then what the constraints removed. */
final class PickOutput {
  private PickOutput() {
  }

  static void print(PickResult result, PrintWriter out) {
    List<String> removed = new ArrayList<>();
    result.removedByFamily().forEach((family, count) -> {
      if (count > 0) {
        removed.add(family + " " + String.format(Locale.ROOT, "%,d", count));
      }
    });
    out.printf(Locale.ROOT, "request %s: %,d models, %,d pass the constraints%s%n", result.requestId(), result.catalog(),
        result.kept(), removed.isEmpty() ? "" : " (removed by " + String.join(", ", removed) + ")");
    if (!result.constraints().isEmpty()) {
      out.println("constraints: " + String.join("; ", result.constraints()));
    }
    for (PickResult.Answer answer : result.answers()) {
      out.println();
      out.printf(Locale.ROOT, "%3d  %s  score %.4f  (%s)%n", answer.rank(), answer.modelId(), answer.score(),
          parts(answer.parts()));
      String summary = summary(answer.shown());
      if (!summary.isEmpty()) {
        out.println("     " + summary);
      }
      if (!answer.matched().isEmpty()) {
        List<String> matched = new ArrayList<>();
        answer.matched().forEach((attribute, words) -> matched.add(attribute + " (" + String.join(", ", words) + ")"));
        out.println("     matched: " + String.join("; ", matched));
      }
      for (Check check : answer.checks()) {
        out.println("     " + check.family() + " " + check.outcome().key() + ": " + check.reason());
      }
    }
    if (!result.removed().isEmpty()) {
      out.println();
      out.println("removed by the constraints (rank without them):");
      for (PickResult.Removed model : result.removed()) {
        List<String> reasons = model.failed().stream().map(check -> check.family() + " " + check.outcome().key()
            + ": " + check.reason()).toList();
        out.printf(Locale.ROOT, "%3d  %s  %s%n", model.rankWithoutConstraints(), model.modelId(), String.join("; ", reasons));
      }
    }
    out.flush();
  }

  private static String parts(List<RankFusion.Part> parts) {
    List<String> shown = new ArrayList<>();
    for (RankFusion.Part part : parts) {
      String value = part.ranker().equals("popularity") ? ""
          : String.format(Locale.ROOT, " %.3f", part.score());
      shown.add(part.ranker() + " #" + part.rank() + value);
    }
    return String.join(", ", shown);
  }

  private static String summary(Map<String, List<String>> shown) {
    List<String> parts = new ArrayList<>();
    add(parts, "task", shown.get("task"));
    add(parts, "license", shown.get("license"));
    List<String> parameters = shown.get("parameters");
    if (parameters != null) {
      parts.add(Quantities.formatCount(Double.parseDouble(parameters.getFirst())) + " parameters");
    }
    add(parts, "languages", shown.get("languages"));
    List<String> downloads = shown.get("downloads");
    if (downloads != null) {
      parts.add(String.format(Locale.ROOT, "%,d downloads", (long) Double.parseDouble(downloads.getFirst())));
    }
    add(parts, "access", shown.get("access"));
    String line = String.join(" · ", parts);
    List<String> function = shown.get("function");
    if (function != null) {
      String text = function.getFirst().replaceAll("\\s+", " ");
      line += (line.isEmpty() ? "" : "\n     ") + (text.length() > 160 ? text.substring(0, 157) + "..." : text);
    }
    return line;
  }

  private static void add(List<String> parts, String label, List<String> values) {
    if (values != null && !values.isEmpty()) {
      parts.add(label + " " + String.join(", ", values));
    }
  }
}

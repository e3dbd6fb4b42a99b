package io.hfmine.analyzers.pick.evaluate;

import io.hfmine.analyzers.issues.agreement.CohenKappa;
import io.hfmine.datasets.csv.CsvTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Human judgments of answers: which models suit which requests. A CSV file with a header row and
 * the columns {@code request_id}, {@code model_id}, {@code suitable} (yes/no, true/false, 1/0)
 * and optionally {@code judge} and {@code note}; other columns (such as the request text a pool
 * file carries) are ignored. A model suits a request when more than half of its judges say so.
 */
public final class Judgments {
  /** Columns of the judgments file, in the order pool files write them. */
  public static final List<String> COLUMNS = List.of("request_id", "model_id", "suitable", "judge", "note");

  private record Pair(String request, String model) {
  }

  private final Map<Pair, Map<String, Boolean>> votes;
  private final String origin;

  private Judgments(Map<Pair, Map<String, Boolean>> votes, String origin) {
    this.votes = votes;
    this.origin = origin;
  }

  /** No judgments at all. */
  public static Judgments none() {
    return new Judgments(Map.of(), null);
  }

  public static Judgments read(Path file) {
    return read(List.of(file));
  }

  /**
   * Judgments pooled from several files (each judge's verdicts may sit in a file of their own). A
   * judge who gives one answer two different verdicts in two files is refused, naming both.
   */
  public static Judgments read(List<Path> files) {
    Map<Pair, Map<String, Boolean>> votes = new LinkedHashMap<>();
    Map<Pair, Map<String, Path>> from = new HashMap<>();
    for (Path file : files) {
      readInto(file, (pair, judge, suitable) -> {
        Boolean earlier = votes.computeIfAbsent(pair, key -> new LinkedHashMap<>()).get(judge);
        Path earlierFile = from.computeIfAbsent(pair, key -> new HashMap<>()).get(judge);
        if (earlier != null && !earlier.equals(suitable) && !file.equals(earlierFile)) {
          throw new IllegalArgumentException("judge " + judge + " says " + verdict(earlier) + " in " + earlierFile
              + " but " + verdict(suitable) + " in " + file + " to model " + pair.model() + " for request "
              + pair.request());
        }
        votes.get(pair).put(judge, suitable);
        from.get(pair).put(judge, file);
      });
    }
    return new Judgments(votes, files.isEmpty() ? null
        : String.join(", ", files.stream().map(file -> file.getFileName().toString()).toList()));
  }

  private interface VoteSink {
    void add(Pair pair, String judge, boolean suitable);
  }

  private static String verdict(boolean suitable) {
    return suitable ? "yes" : "no";
  }

  private static void readInto(Path file, VoteSink sink) {
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read judgments " + file + ": " + e.getMessage(), e);
    }
    List<CsvTable.Row> rows = CsvTable.parse(text, file.toString(), CsvTable.Width.UP_TO_HEADER);
    for (CsvTable.Row row : rows) {
      for (String column : List.of("request_id", "model_id", "suitable")) {
        if (!row.values().containsKey(column)) {
          throw new IllegalArgumentException(file + " line 1: no column '" + column + "' (columns: "
              + String.join(", ", row.values().keySet()) + ")");
        }
      }
      String verdict = row.get("suitable").toLowerCase(Locale.ROOT);
      if (verdict.isEmpty()) {
        continue;
      }
      Boolean suitable = switch (verdict) {
        case "yes", "y", "true", "1" -> true;
        case "no", "n", "false", "0" -> false;
        default -> throw new IllegalArgumentException(file + " line " + row.line()
            + ": field `suitable` must be yes or no (or empty for not judged yet), got '" + row.get("suitable") + "'");
      };
      if (row.get("request_id").isEmpty() || row.get("model_id").isEmpty()) {
        throw new IllegalArgumentException(file + " line " + row.line() + ": request_id and model_id are required");
      }
      String judge = row.get("judge").isEmpty() ? "judge" : row.get("judge");
      sink.add(new Pair(row.get("request_id"), row.get("model_id")), judge, suitable);
    }
  }

  /** The files the judgments came from (names, comma-separated), or null. */
  public String origin() {
    return origin;
  }

  /** Models judged suitable for a request. */
  public Set<String> suitable(String requestId) {
    Set<String> suitable = new LinkedHashSet<>();
    votes.forEach((pair, byJudge) -> {
      long yes = byJudge.values().stream().filter(Boolean::booleanValue).count();
      if (pair.request().equals(requestId) && yes * 2 > byJudge.size()) {
        suitable.add(pair.model());
      }
    });
    return suitable;
  }

  /** Whether any answer to this request was judged. */
  public boolean judged(String requestId) {
    return votes.keySet().stream().anyMatch(pair -> pair.request().equals(requestId));
  }

  /** Whether this answer to this request was judged. */
  public boolean judged(String requestId, String modelId) {
    return votes.containsKey(new Pair(requestId, modelId));
  }

  /** Agreement of the two judges who judged the most answers in common. */
  public record Agreement(String first, String second, int pairs, double kappa) {
  }

  public Optional<Agreement> agreement() {
    Map<String, Map<Pair, Boolean>> byJudge = new HashMap<>();
    votes.forEach((pair, judges) -> judges.forEach((judge, verdict) ->
        byJudge.computeIfAbsent(judge, key -> new LinkedHashMap<>()).put(pair, verdict)));
    List<String> judges = new ArrayList<>(byJudge.keySet());
    Agreement best = null;
    for (int i = 0; i < judges.size(); i++) {
      for (int j = i + 1; j < judges.size(); j++) {
        List<String> first = new ArrayList<>();
        List<String> second = new ArrayList<>();
        Map<Pair, Boolean> other = byJudge.get(judges.get(j));
        byJudge.get(judges.get(i)).forEach((pair, verdict) -> {
          if (other.containsKey(pair)) {
            first.add(verdict.toString());
            second.add(other.get(pair).toString());
          }
        });
        if (!first.isEmpty() && (best == null || first.size() > best.pairs())) {
          best = new Agreement(judges.get(i), judges.get(j), first.size(), CohenKappa.of(first, second));
        }
      }
    }
    return Optional.ofNullable(best);
  }
}

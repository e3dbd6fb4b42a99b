package io.hfmine.analyzers.pick.evaluate;

import io.hfmine.datasets.csv.CsvTable;
import io.hfmine.datasets.files.AtomicFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A judgments file to fill in: every answer either system gave that nobody judged yet, with the
 * request's text and which systems returned it (at what rank), and an empty {@code suitable}
 * column. Fill it and pass it back with {@code --judgments}.
 */
public final class PoolFile {
  private PoolFile() {
  }

  /** Writes the pool; returns the number of answers to judge. */
  public static int write(Path file, EvaluationReport report, Judgments judgments) throws IOException {
    StringBuilder csv = new StringBuilder();
    List<String> header = new ArrayList<>(Judgments.COLUMNS);
    header.addAll(List.of("found_by", "source_model", "request"));
    csv.append(CsvTable.record(header));
    int rows = 0;
    for (EvaluationReport.Outcome outcome : report.outcomes()) {
      Map<String, List<String>> foundBy = new LinkedHashMap<>();
      outcome.answers().forEach((system, answers) -> {
        for (int i = 0; i < answers.size(); i++) {
          foundBy.computeIfAbsent(answers.get(i), model -> new ArrayList<>()).add(system + " #" + (i + 1));
        }
      });
      String request = outcome.request().request().json().toString();
      for (Map.Entry<String, List<String>> answer : foundBy.entrySet()) {
        if (judgments.judged(outcome.request().id(), answer.getKey())) {
          continue;
        }
        csv.append(CsvTable.record(List.of(outcome.request().id(), answer.getKey(), "", "", "",
            String.join(" ", answer.getValue()), outcome.request().sourceModel() == null ? ""
                : outcome.request().sourceModel(), request)));
        rows++;
      }
    }
    AtomicFile.at(file).writeString(csv);
    return rows;
  }
}

package io.hfmine.analyzers.setasks.confirm;

import io.hfmine.datasets.csv.CsvTable;
import io.hfmine.datasets.files.AtomicFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The CSV a human fills to validate the LLM step: one row per sampled (item, activity) pair with
 * the tasks and evidence found, a card excerpt and a link; the annotator writes yes or no in
 * {@code relevant} (and may add a note). Reading checks every row and reports each problem with its
 * line; nothing is stored while any problem remains. A row whose {@code relevant} is still blank is
 * not labelled yet: it is left out and counted, so a sheet filled in part imports its labelled rows.
 */
public final class SeTaskAnnotationFile {
  public static final List<String> COLUMNS = List.of("sample", "item_kind", "item_id", "activity", "tasks",
      "evidence", "card_excerpt", "url", "relevant", "annotator", "note");
  private static final int MAX_REPORTED = 20;

  private SeTaskAnnotationFile() {
  }

  /** A parsed row: the pair, the decision and the note. */
  public record Label(ConfirmationStore.Pair pair, boolean relevant, String annotator, String note, int line) {
  }

  /** The file's problems, one per line, when it cannot be imported. */
  public static final class ProblemsException extends RuntimeException {
    private final List<String> problems;

    ProblemsException(Path file, List<String> problems) {
      super(file + ": " + problems.size() + " problem(s), nothing imported");
      this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
      return problems;
    }
  }

  /** Writes the rows (written beside and moved into place, so a failure leaves no half file). */
  public static void write(Path file, String sample, List<ConfirmationItem> items, Map<ConfirmationItem, String> excerpts)
      throws IOException {
    StringBuilder csv = new StringBuilder(CsvTable.record(COLUMNS));
    for (ConfirmationItem item : items) {
      csv.append(CsvTable.record(List.of(sample, item.kind(), item.id(), item.activity(), String.join("; ", item.tasks()),
          String.join(" | ", item.evidence()), excerpts.getOrDefault(item, ""), url(item), "", "", "")));
    }
    AtomicFile.at(file).writeString(csv);
  }

  /** The labelled rows of a sheet and how many rows carry no label yet. */
  public record Sheet(List<Label> labels, int unlabelled) {
  }

  /** Reads labels; {@code annotator} fills rows that name none; {@code known} are the pairs labels may name. */
  public static Sheet read(Path file, String annotator, Set<ConfirmationStore.Pair> known) throws IOException {
    List<CsvTable.Row> rows;
    try {
      rows = CsvTable.parse(Files.readString(file, StandardCharsets.UTF_8), file.toString(), CsvTable.Width.UP_TO_HEADER);
    } catch (IllegalArgumentException e) {
      throw new ProblemsException(file, List.of(e.getMessage()));
    }
    List<Label> labels = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    Set<ConfirmationStore.Pair> seen = new java.util.HashSet<>();
    int unlabelled = 0;
    for (CsvTable.Row row : rows) {
      String where = file.getFileName() + " line " + row.line();
      if (row.get("relevant").isEmpty()) {
        unlabelled++;
        continue;
      }
      ConfirmationStore.Pair pair = new ConfirmationStore.Pair(row.get("item_kind"), row.get("item_id"), row.get("activity"));
      if (!known.contains(pair)) {
        problems.add(where + ": " + pair.kind() + " " + pair.id() + " / " + pair.activity()
            + " is not an item-activity pair of the store's SE-task results");
        continue;
      }
      String value = row.get("relevant").toLowerCase(Locale.ROOT);
      if (!value.equals("yes") && !value.equals("no")) {
        problems.add(where + ": relevant '" + row.get("relevant") + "' is not yes or no");
        continue;
      }
      String name = row.get("annotator").isEmpty() ? annotator : row.get("annotator");
      if (name == null || name.isBlank()) {
        problems.add(where + ": no annotator (fill the column or pass --annotator)");
        continue;
      }
      if (!seen.add(pair)) {
        problems.add(where + ": " + pair.id() + " / " + pair.activity() + " is labelled twice");
        continue;
      }
      labels.add(new Label(pair, value.equals("yes"), name, row.get("note"), Math.toIntExact(row.line())));
    }
    if (!problems.isEmpty()) {
      List<String> shown = new ArrayList<>(problems.subList(0, Math.min(MAX_REPORTED, problems.size())));
      if (problems.size() > MAX_REPORTED) {
        shown.add("... and " + (problems.size() - MAX_REPORTED) + " more");
      }
      throw new ProblemsException(file, shown);
    }
    return new Sheet(labels, unlabelled);
  }

  private static String url(ConfirmationItem item) {
    return "https://huggingface.co/" + (item.kind().equals("dataset") ? "datasets/" : "") + item.id();
  }
}

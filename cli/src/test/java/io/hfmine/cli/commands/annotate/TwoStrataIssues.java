package io.hfmine.cli.commands.annotate;

import io.hfmine.cli.commands.issues.IssueRows;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Issues written for the enriched-draw tests: in each repository some issues speak of reusing
 * released weights in their title or body and the others do not, so which stratum each issue
 * belongs to is known from the fixture itself. lab/vision has 12 and 10, lab/speech 3 and 6,
 * solo/plots 0 and 5.
 */
final class TwoStrataIssues {
  private TwoStrataIssues() {
  }

  /** Writes the issues into the work directory's store and returns each one's stratum by id. */
  static Map<String, String> insert(Path work) {
    Map<String, String> written = new HashMap<>();
    List<String[]> rows = new ArrayList<>();
    addRepository(rows, written, "lab/vision", 12, 10);
    addRepository(rows, written, "lab/speech", 3, 6);
    addRepository(rows, written, "solo/plots", 0, 5);
    IssueRows.insert(work, rows.toArray(String[][]::new));
    return written;
  }

  private static void addRepository(List<String[]> rows, Map<String, String> written, String repository, int reuse,
      int other) {
    int number = 1;
    for (int i = 0; i < reuse; i++, number++) {
      rows.add(new String[] {repository, Integer.toString(number), "Loading the released checkpoint fails, case " + number,
          "I downloaded the pretrained weights from the readme and the load stops.", ""});
      written.put(repository + "#" + number, "P");
    }
    for (int i = 0; i < other; i++, number++) {
      rows.add(new String[] {repository, Integer.toString(number), "Axis labels overlap in the report, case " + number,
          "The legend hides the second axis when the window is narrow.", "bug"});
      written.put(repository + "#" + number, "R");
    }
  }
}

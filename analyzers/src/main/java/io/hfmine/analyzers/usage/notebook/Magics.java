package io.hfmine.analyzers.usage.notebook;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns IPython-only lines of a code cell into Python that parses, line for line.
 *
 * <p>{@code %pip install x}, {@code !nvidia-smi}, {@code files = !ls} and {@code model?} become
 * {@code pass} at the same indentation (so a block they sit in stays a block); a cell run by a
 * non-Python cell magic ({@code %%bash}, {@code %%writefile}) is blanked; a Python cell magic
 * ({@code %%time}) loses only its first line. Line numbers never move.
 */
final class Magics {
  /** Cell magics whose body is still Python. */
  private static final Set<String> PYTHON_CELL_MAGICS = Set.of("time", "timeit", "capture", "prun", "debug",
      "python", "python3", "autoreload", "tensorflow_version");

  private Magics() {
  }

  static List<String> neutralise(List<String> cell) {
    List<String> out = new ArrayList<>(cell.size());
    int first = firstCodeLine(cell);
    boolean blankAll = false;
    if (first >= 0 && cell.get(first).strip().startsWith("%%")) {
      String magic = cell.get(first).strip().substring(2).split("\\s+", 2)[0];
      blankAll = !PYTHON_CELL_MAGICS.contains(magic);
    }
    for (int i = 0; i < cell.size(); i++) {
      String line = cell.get(i);
      if (blankAll || i == first && line.strip().startsWith("%%")) {
        out.add("");
      } else if (isIpythonLine(line)) {
        out.add(indentOf(line) + "pass");
      } else {
        out.add(line);
      }
    }
    return out;
  }

  private static int firstCodeLine(List<String> cell) {
    for (int i = 0; i < cell.size(); i++) {
      if (!cell.get(i).isBlank()) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isIpythonLine(String line) {
    String code = line.strip();
    if (code.startsWith("%") || code.startsWith("!")) {
      return true;
    }
    // files = !ls   /   out = %sx ls
    int equals = code.indexOf('=');
    if (equals > 0 && equals + 1 < code.length() && code.charAt(equals - 1) != '=' && code.charAt(equals - 1) != '!'
        && code.charAt(equals + 1) != '=') {
      String value = code.substring(equals + 1).strip();
      if ((value.startsWith("!") || value.startsWith("%")) && isName(code.substring(0, equals).strip())) {
        return true;
      }
    }
    // model?  /  AutoModel.from_pretrained??
    return code.endsWith("?") && !code.startsWith("#") && isName(code.replaceAll("\\?+$", ""));
  }

  private static boolean isName(String text) {
    return !text.isEmpty() && text.matches("[A-Za-z_][\\w.]*");
  }

  private static String indentOf(String line) {
    int i = 0;
    while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
      i++;
    }
    return line.substring(0, i);
  }
}

package io.hfmine.analyzers.usage.notebook;

import java.nio.charset.StandardCharsets;

/**
 * The Python of a notebook's code cells, one text, with where each of its lines came from.
 *
 * @param python the code cells joined, magics and shell escapes neutralised, line for line
 * @param notebookLines for each line of {@code python} (index 0 is line 1), the 1-based line of
 *     the {@code .ipynb} file that holds it
 * @param kernelLanguage the notebook's kernel language as its metadata says ("python" when silent)
 */
public record NotebookCode(String python, int[] notebookLines, String kernelLanguage) {

  public byte[] pythonBytes() {
    return python.getBytes(StandardCharsets.UTF_8);
  }

  /** The notebook line of a 1-based line of the Python text (the last known one past the end). */
  public int notebookLine(int pythonLine) {
    if (notebookLines.length == 0) {
      return 1;
    }
    int index = Math.max(0, Math.min(pythonLine - 1, notebookLines.length - 1));
    return notebookLines[index];
  }

  public boolean isPython() {
    return kernelLanguage.equals("python");
  }
}

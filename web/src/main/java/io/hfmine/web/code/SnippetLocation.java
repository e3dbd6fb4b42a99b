package io.hfmine.web.code;

/**
 * Where a usage's snippet sits in its file. Snippets are whole lines cut from the file (the
 * enclosing function, or statements around a module-level call), so with the file's text the
 * first line is exact; without it, the call line is found by the called name and the numbering
 * follows from it.
 */
public final class SnippetLocation {
  private SnippetLocation() {
  }

  /**
   * The file line of the snippet's first line, or -1 when it cannot be told.
   *
   * @param fileContent the file's text, or null when the store does not hold it
   * @param callLine the usage's line in the file (1-based)
   * @param calledName the last part of the usage's API ({@code from_pretrained}), used without the file
   */
  public static int firstLine(String fileContent, String snippet, int callLine, String calledName) {
    if (snippet == null || snippet.isEmpty()) {
      return -1;
    }
    int snippetLines = (int) snippet.lines().count();
    if (fileContent != null) {
      String content = fileContent.replace("\r\n", "\n");
      String text = snippet.replace("\r\n", "\n");
      for (int at = content.indexOf(text); at >= 0; at = content.indexOf(text, at + 1)) {
        if (at > 0 && content.charAt(at - 1) != '\n') {
          continue;
        }
        int first = 1 + (int) content.substring(0, at).chars().filter(c -> c == '\n').count();
        if (callLine >= first && callLine < first + snippetLines) {
          return first;
        }
      }
    }
    if (calledName == null || calledName.isEmpty()) {
      return -1;
    }
    String[] lines = snippet.split("\n", -1);
    int found = -1;
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains(calledName)) {
        if (found >= 0) {
          return -1;
        }
        found = i;
      }
    }
    return found < 0 || callLine - found < 1 ? -1 : callLine - found;
  }

  /** The part of an API after its last dot: the name the call is written with. */
  public static String calledName(String api) {
    if (api == null) {
      return null;
    }
    int dot = api.lastIndexOf('.');
    return dot < 0 ? api : api.substring(dot + 1);
  }
}

package io.hfmine.analyzers.usage.prefilter;

/**
 * Whether a module name found in a file's bytes stands where an import statement names the
 * module it imports: {@code import torch}, {@code from torch.hub import load},
 * {@code import os, torch}, {@code try: import torch}. Looks only at the bytes around the name;
 * errs towards yes (a name in a string that happens to read like an import counts), never
 * towards no for a real import.
 */
final class ImportPosition {
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private ImportPosition() {
  }

  /**
   * @param start offset of the name
   * @param length its length in bytes
   * @param notebook the bytes are a notebook's JSON: lines start inside strings, so the
   *     statement's start is not checked
   */
  static boolean isImported(byte[] text, int start, int length, boolean notebook) {
    int end = start + length;
    if (start > 0 && (isIdentifierByte(text[start - 1]) || text[start - 1] == '.')) {
      return false; // part of a longer name, or an attribute (x.torch), or a relative import
    }
    if (end < text.length && isIdentifierByte(text[end])) {
      return false;
    }
    int before = skipGapBackwards(text, start - 1);
    if (before < 0) {
      return false;
    }
    if (endsWithWord(text, before, "import", notebook) || endsWithWord(text, before, "from", notebook)) {
      int keyword = before - (text[before] == 't' ? "import".length() : "from".length()) + 1;
      return notebook || startsStatement(text, keyword);
    }
    if (text[before] == ',') {
      return notebook || isImportList(text, before);
    }
    return false;
  }

  /**
   * Whether {@code import *} occurs ({@code from m import *}, blanks between the two allowed):
   * errs towards yes, as the other checks do.
   */
  static boolean hasStarImport(byte[] text) {
    for (int i = 0; i < text.length; i++) {
      if (text[i] != '*') {
        continue;
      }
      int before = skipGapBackwards(text, i - 1);
      if (before >= 0 && endsWithWord(text, before, "import", true)) {
        return true;
      }
    }
    return false;
  }

  /** {@code import a.b as c, d, <name>}: the list, walked back, starts a statement with {@code import}. */
  private static boolean isImportList(byte[] text, int comma) {
    int i = comma;
    while (i >= 0) {
      byte b = text[i];
      if (isIdentifierByte(b) || b == '.' || b == ',' || b == ' ' || b == '\t' || b == '\f') {
        i--;
      } else if (isContinuationEnd(text, i)) {
        i = continuationStart(text, i) - 1;
      } else {
        break;
      }
    }
    int first = i + 1;
    while (first < comma && (text[first] == ' ' || text[first] == '\t' || text[first] == '\f')) {
      first++;
    }
    return startsWithWord(text, first, "import") && startsStatement(text, first);
  }

  /** Only blanks between the start of the line (or a {@code :} or {@code ;}) and {@code at}. */
  private static boolean startsStatement(byte[] text, int at) {
    int i = at - 1;
    while (i >= 0 && (text[i] == ' ' || text[i] == '\t' || text[i] == '\f')) {
      i--;
    }
    if (i < 0 || text[i] == '\n' || text[i] == '\r' || text[i] == ':' || text[i] == ';') {
      return true;
    }
    return i == BOM.length - 1 && startsWithBom(text); // a UTF-8 byte order mark before the first statement
  }

  private static boolean startsWithBom(byte[] text) {
    if (text.length < BOM.length) {
      return false;
    }
    for (int k = 0; k < BOM.length; k++) {
      if (text[k] != BOM[k]) {
        return false;
      }
    }
    return true;
  }

  /** The last offset before {@code from} (inclusive) that is not a blank or a backslash continuation; -1 if none. */
  private static int skipGapBackwards(byte[] text, int from) {
    int i = from;
    while (i >= 0) {
      byte b = text[i];
      if (b == ' ' || b == '\t' || b == '\f') {
        i--;
      } else if (isContinuationEnd(text, i)) {
        i = continuationStart(text, i) - 1;
      } else {
        return i;
      }
    }
    return -1;
  }

  /** Whether {@code i} is the newline of a backslash continuation ({@code \\\n} or {@code \\\r\n}). */
  private static boolean isContinuationEnd(byte[] text, int i) {
    if (text[i] != '\n' && text[i] != '\r') {
      return false;
    }
    int j = text[i] == '\n' && i > 0 && text[i - 1] == '\r' ? i - 2 : i - 1;
    return j >= 0 && text[j] == '\\';
  }

  private static int continuationStart(byte[] text, int newline) {
    return text[newline] == '\n' && newline > 0 && text[newline - 1] == '\r' ? newline - 2 : newline - 1;
  }

  /**
   * Whether {@code word} ends at {@code last} and does not continue a longer name; in a
   * notebook's JSON an escape ({@code \\n}, {@code \\t}) before it also ends what came before.
   */
  private static boolean endsWithWord(byte[] text, int last, String word, boolean notebook) {
    int first = last - word.length() + 1;
    if (first < 0) {
      return false;
    }
    for (int k = 0; k < word.length(); k++) {
      if (text[first + k] != word.charAt(k)) {
        return false;
      }
    }
    if (first == 0 || (first == BOM.length && startsWithBom(text))) {
      return true;
    }
    byte previous = text[first - 1];
    if (notebook && first >= 2 && text[first - 2] == '\\') {
      return true;
    }
    return !isIdentifierByte(previous) && previous != '.';
  }

  private static boolean startsWithWord(byte[] text, int first, String word) {
    int end = first + word.length();
    if (end >= text.length) {
      return false;
    }
    for (int k = 0; k < word.length(); k++) {
      if (text[first + k] != word.charAt(k)) {
        return false;
      }
    }
    return !isIdentifierByte(text[end]);
  }

  private static boolean isIdentifierByte(byte b) {
    return b == '_' || (b >= '0' && b <= '9') || (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || b < 0;
  }
}

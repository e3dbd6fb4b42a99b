package io.hfmine.web.code;

import java.util.List;

/** Highlights a usage's code by its language: Python through tree-sitter, anything else as plain text. */
public final class SourceCode {
  private final PythonHighlighter python;

  public SourceCode(PythonHighlighter python) {
    this.python = python;
  }

  /** The snippet as a numbered block with the call line marked. */
  public String snippet(String language, String snippet, String fileContent, int callLine, String api, String idPrefix) {
    if (snippet == null || snippet.isBlank()) {
      return "<p class=\"muted\">No snippet stored for this usage.</p>";
    }
    List<String> lines = "python".equalsIgnoreCase(language) && python != null
        ? python.lines(snippet) : PythonHighlighter.plain(snippet);
    int first = SnippetLocation.firstLine(fileContent, snippet, callLine, SnippetLocation.calledName(api));
    return CodeView.block(lines, first, callLine, idPrefix);
  }
}

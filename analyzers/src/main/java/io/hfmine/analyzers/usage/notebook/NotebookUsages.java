package io.hfmine.analyzers.usage.notebook;

import io.hfmine.analyzers.usage.FileOutcome;
import io.hfmine.analyzers.usage.FileStatus;
import io.hfmine.analyzers.usage.SourceFile;
import io.hfmine.analyzers.usage.UsageRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Extracts a notebook's usages: the Python extractor runs on the code cells, then each record's
 * line is moved to the notebook line holding it.
 */
public final class NotebookUsages {
  private NotebookUsages() {
  }

  /** @param python extracts a Python file (the notebook's code, under the notebook's path) */
  public static FileOutcome extract(SourceFile notebook, Function<SourceFile, FileOutcome> python) {
    NotebookCode code;
    try {
      code = NotebookReader.read(notebook.content());
    } catch (NotebookReader.NotANotebookException e) {
      return FileOutcome.skipped(FileStatus.FAILED, e.getMessage());
    }
    if (!code.isPython()) {
      return FileOutcome.skipped(FileStatus.UNSUPPORTED, "notebook kernel language " + code.kernelLanguage());
    }
    SourceFile cells = new SourceFile(notebook.repository(), notebook.path(), notebook.blobSha(), code.pythonBytes());
    FileOutcome outcome = python.apply(cells);
    if (outcome.usages().isEmpty()) {
      return outcome;
    }
    List<UsageRecord> moved = new ArrayList<>(outcome.usages().size());
    for (UsageRecord u : outcome.usages()) {
      // The id stays the one derived from the line in the code cells: as stable, and unique even
      // where several code lines share one notebook line (a source stored as a single string).
      moved.add(new UsageRecord(u.usageId(), u.repository(), u.path(), u.blobSha(), u.language(),
          code.notebookLine(u.line()), u.col(), u.library(),
          u.api(), u.kind(), u.modelLiteral(), u.modelId(), u.resolution(), u.condition(), u.keywordArgs(),
          u.keywordValues(), u.apiSequence(),
          u.snippet()));
    }
    return new FileOutcome(outcome.status(), moved, outcome.syntaxErrors(), outcome.detail());
  }
}

package io.hfmine.analyzers.usage.isolation;

import io.hfmine.analyzers.usage.FileExtractor;
import io.hfmine.analyzers.usage.FileOutcome;
import io.hfmine.analyzers.usage.FileStatus;
import io.hfmine.analyzers.usage.SourceFile;
import io.hfmine.analyzers.usage.UsageExtractor;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Parses in this process, noting each file in the {@link CrashJournal} while its parse runs.
 *
 * <p>A file that was in flight when an earlier run died (a suspect) is parsed in a child
 * process instead: only if it kills that one too is it a file that crashes the parser. One per
 * thread, like the parser it owns.
 */
public final class JournaledExtractor implements FileExtractor {
  private final UsageExtractor extractor;
  private final CrashJournal journal;
  private final Set<String> suspects;
  private final Supplier<? extends FileExtractor> childProcesses;
  private FileExtractor child;

  /**
   * @param suspects files in flight when an earlier run died; verified ones leave the set
   * @param childProcesses extractors that parse in a child process, for the suspects
   */
  public JournaledExtractor(UsageExtractor extractor, CrashJournal journal, Set<String> suspects,
      Supplier<? extends FileExtractor> childProcesses) {
    this.extractor = extractor;
    this.journal = journal;
    this.suspects = suspects;
    this.childProcesses = childProcesses;
  }

  @Override
  public FileOutcome extract(SourceFile unparsed, UnaryOperator<SourceFile> beforeParse) {
    FileOutcome decided = extractor.decideWithoutParsing(unparsed);
    if (decided != null) {
      return decided;
    }
    SourceFile file = beforeParse.apply(unparsed);
    String key = file.origin();
    if (suspects.contains(key)) {
      return verify(file, key);
    }
    journal.begin(key);
    try {
      return extractor.parse(file);
    } finally {
      journal.end();
    }
  }

  private FileOutcome verify(SourceFile file, String key) {
    if (child == null) {
      child = childProcesses.get();
    }
    FileOutcome outcome = child.extract(file);
    suspects.remove(key);
    if (outcome.status() == FileStatus.CRASHED) {
      journal.confirmCrash(key);
      return FileOutcome.skipped(FileStatus.CRASHED, outcome.detail() + ", as an earlier run did"
          + "; later runs skip it (--isolate tries it again in a child process)");
    }
    journal.clearSuspect(key);
    return outcome;
  }

  @Override
  public void close() {
    try {
      if (child != null) {
        child.close();
      }
    } finally {
      extractor.close();
    }
  }
}

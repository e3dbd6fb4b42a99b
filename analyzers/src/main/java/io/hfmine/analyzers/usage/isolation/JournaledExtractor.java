package io.hfmine.analyzers.usage.isolation;

import io.hfmine.analyzers.usage.FileExtractor;
import io.hfmine.analyzers.usage.FileOutcome;
import io.hfmine.analyzers.usage.SourceFile;
import io.hfmine.analyzers.usage.UsageExtractor;

/** Parses in this process, noting each file in the {@link CrashJournal} while its parse runs. */
public final class JournaledExtractor implements FileExtractor {
  private final UsageExtractor extractor;
  private final CrashJournal journal;

  public JournaledExtractor(UsageExtractor extractor, CrashJournal journal) {
    this.extractor = extractor;
    this.journal = journal;
  }

  @Override
  public FileOutcome extract(SourceFile file) {
    FileOutcome decided = extractor.decideWithoutParsing(file);
    if (decided != null) {
      return decided;
    }
    journal.begin(file.origin());
    try {
      return extractor.parse(file);
    } finally {
      journal.end();
    }
  }

  @Override
  public void close() {
    extractor.close();
  }
}

package io.hfmine.analyzers.stats.resolution;

import io.hfmine.datasets.progress.Progress;
import io.hfmine.datasets.store.Store;
import java.time.Clock;
import java.util.List;

/** Facade of {@code hfmine stats resolution}: reads the store, runs the study, stores the results. */
public final class ResolutionStudyRun {
  private ResolutionStudyRun() {
  }

  public static ResolutionStudyResult run(Store store, StudySettings settings, Progress progress, Clock clock) {
    progress.total(3);
    progress.message("reading issues and labels");
    List<StudyIssue> issues = StudyIssueReader.read(store, new LabelSourcePreference(settings.labelSources()));
    progress.step();
    progress.message("sampling and testing " + issues.size() + " issues");
    ResolutionStudyResult result = ResolutionStudy.run(issues, settings, clock.instant());
    progress.step();
    progress.message("storing results");
    ResolutionStudyWriter.write(store, result);
    progress.step();
    return result;
  }
}

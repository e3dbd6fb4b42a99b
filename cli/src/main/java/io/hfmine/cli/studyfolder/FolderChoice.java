package io.hfmine.cli.studyfolder;

import io.hfmine.cli.support.UsageException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Which configuration and archive a command on a work directory uses: the folder's own when it
 * is a study folder, else the command line's. A {@code --config} that differs from the folder's
 * is refused unless {@code --reconfigure} says the change is meant.
 *
 * @param config the study file to load (null: the shipped defaults)
 * @param replay the archive answering every request (null: none)
 * @param folder the study folder, when the work directory is one
 * @param note what to tell the person at the terminal (empty: nothing to say)
 */
public record FolderChoice(Path config, Path replay, Optional<StudyFolder> folder, String note) {

  /** What the command line asked for. */
  public record Request(Path workDir, Path config, Path replay, Path record, boolean reconfigure) {
  }

  /** Decides for {@code request}; reconfiguring rewrites the folder's kept settings. */
  public static FolderChoice of(Request request) {
    Optional<StudyFolder> existing = StudyFolder.read(request.workDir());
    if (existing.isEmpty()) {
      if (request.reconfigure() && !Files.isDirectory(request.workDir())) {
        throw new UsageException("--reconfigure: --work-dir " + request.workDir() + " does not exist");
      }
      if (request.reconfigure()) {
        StudyFolder made = StudyFolder.keep(request.workDir(), request.config(), request.replay());
        return new FolderChoice(made.studyFile(), request.replay(), Optional.of(made),
            "study folder " + request.workDir() + " now keeps its configuration in " + made.studyFile());
      }
      return new FolderChoice(request.config(), request.replay(), Optional.empty(), "");
    }
    StudyFolder folder = existing.get();
    if (request.reconfigure()) {
      StudyFolder changed = StudyFolder.keep(request.workDir(), request.config(), request.replay());
      return new FolderChoice(changed.studyFile(), request.replay(), Optional.of(changed),
          "study folder " + request.workDir() + " reconfigured: " + describe(request.config())
              + (request.replay() == null ? ", live requests" : ", requests answered from " + request.replay())
              + "; stages whose settings changed run again");
    }
    if (!Files.isRegularFile(folder.studyFile())) {
      throw new UsageException("study folder " + request.workDir() + " names " + folder.studyFile()
          + " as its configuration, but it is missing; restore it, or run with --reconfigure [--config FILE]");
    }
    if (request.config() != null && !folder.sameConfiguration(request.config())) {
      throw new UsageException("--config " + request.config() + " differs from the configuration study folder "
          + request.workDir() + " was built with (" + folder.studyFile() + "); leave --config out to use the "
          + "folder's, or add --reconfigure to make " + request.config() + " the folder's configuration");
    }
    Path replay = request.replay();
    if (replay == null && folder.replay().isPresent()) {
      if (request.record() != null) {
        throw new UsageException("study folder " + request.workDir() + " is built from the archive "
            + folder.replay().get() + " and never goes to the network, so --record cannot be used on it; "
            + "use another --work-dir, or --reconfigure to make this folder live");
      }
      replay = folder.replay().get();
    }
    String note = "study folder " + request.workDir() + ": configuration " + folder.studyFile()
        + (replay == null ? "" : ", requests answered from " + replay + " (offline)");
    return new FolderChoice(folder.studyFile(), replay, existing, note);
  }

  private static String describe(Path config) {
    return config == null ? "the shipped defaults" : "configuration from " + config;
  }
}

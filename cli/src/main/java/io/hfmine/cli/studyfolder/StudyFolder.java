package io.hfmine.cli.studyfolder;

import com.fasterxml.jackson.databind.JsonNode;
import io.hfmine.cli.support.UsageException;
import io.hfmine.datasets.config.Config;
import io.hfmine.datasets.config.ConfigException;
import io.hfmine.datasets.files.AtomicFile;
import io.hfmine.datasets.files.TextInput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * A work directory that remembers how it was built: the study file it was created with, kept as
 * {@code study.yaml} inside it, and the replay archive when it was built offline.
 *
 * <p>Both are named in {@code hfmine-folder.yaml}, which hfmine writes when a command creates the
 * folder's store (or {@code hfmine init} creates the folder). Later commands read it, so a command
 * on an existing folder runs with the folder's configuration, not the shipped defaults.
 */
public final class StudyFolder {
  /** The folder's own copy of its study file. */
  public static final String STUDY_FILE = "study.yaml";
  /** What the folder was built with. */
  public static final String FOLDER_FILE = "hfmine-folder.yaml";

  private final Path dir;
  private final Path studyFile;
  private final Path replay;

  private StudyFolder(Path dir, Path studyFile, Path replay) {
    this.dir = dir;
    this.studyFile = studyFile;
    this.replay = replay;
  }

  /** The folder's kept settings, or empty when {@code dir} is not (yet) a study folder. */
  public static Optional<StudyFolder> read(Path dir) {
    Path marker = dir.resolve(FOLDER_FILE);
    if (!Files.isRegularFile(marker)) {
      return Optional.empty();
    }
    JsonNode node;
    try {
      node = Config.yamlMapper().readTree(TextInput.readString(marker));
    } catch (IOException e) {
      throw new ConfigException(marker + ": " + e.getMessage().lines().findFirst().orElse(""), e);
    }
    if (node == null || !node.isObject() || !node.path("config").isTextual()) {
      throw new ConfigException(marker + ": expected a mapping with `config: FILE` (written by hfmine; "
          + "delete it and run with --reconfigure --config FILE to rebuild it)");
    }
    Path study = dir.resolve(node.get("config").asText());
    Path replay = node.path("replay").isTextual() ? dir.resolve(node.get("replay").asText()) : null;
    return Optional.of(new StudyFolder(dir, study, replay));
  }

  /**
   * Makes {@code dir} a study folder built with {@code studyFile} (null: the shipped defaults) and
   * answered from {@code replay} (null: live). The study file is copied into the folder unless it
   * already is the folder's copy.
   */
  public static StudyFolder keep(Path dir, Path studyFile, Path replay) {
    return keep(dir, studyFile, replay, true);
  }

  /**
   * As {@link #keep(Path, Path, Path)}; unless {@code replace}, a {@code study.yaml} already in the
   * folder with other contents (a file of the user's, not a copy) is refused, never overwritten.
   */
  public static StudyFolder keep(Path dir, Path studyFile, Path replay, boolean replace) {
    Path kept = dir.resolve(STUDY_FILE);
    if (!replace && Files.exists(kept)) {
      try {
        boolean same = studyFile != null && (sameFile(studyFile, kept)
            || Arrays.equals(Files.readAllBytes(studyFile), Files.readAllBytes(kept)));
        if (!same) {
          throw new UsageException(kept + " exists and is not the configuration this command "
              + "runs with; hfmine keeps a study folder's configuration there. Move it away, or run with "
              + "--config " + kept + " to build the folder with it");
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    try {
      Files.createDirectories(dir);
      if (studyFile == null) {
        AtomicFile.at(kept).writeString("# This study folder was built with hfmine's shipped defaults (config/hfmine.yaml);\n"
            + "# nothing is overridden. Add keys here to override them, then run with --reconfigure.\n");
      } else if (!sameFile(studyFile, kept)) {
        AtomicFile.at(kept).copyOf(studyFile);
      }
      StringBuilder marker = new StringBuilder()
          .append("# Written by hfmine: what this study folder was built with. Every command on the folder uses\n")
          .append("# this configuration (and replay archive); change them with --reconfigure (README: Study folders).\n")
          .append("config: ").append(STUDY_FILE).append('\n');
      if (replay != null) {
        marker.append("replay: ").append(relative(dir, replay)).append('\n');
      }
      AtomicFile.at(dir.resolve(FOLDER_FILE)).writeString(marker.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep the study configuration in " + dir + ": " + e.getMessage(), e);
    }
    return new StudyFolder(dir, kept, replay == null ? null : replay);
  }

  public Path dir() {
    return dir;
  }

  /** The folder's copy of its study file. */
  public Path studyFile() {
    return studyFile;
  }

  /** The archive every request of this folder is answered from, or empty when the folder is live. */
  public Optional<Path> replay() {
    return Optional.ofNullable(replay);
  }

  /** Whether {@code candidate} configures the study exactly as the folder's file does. */
  public boolean sameConfiguration(Path candidate) {
    return Config.load(candidate).sha256().equals(Config.load(studyFile).sha256());
  }

  private static boolean sameFile(Path a, Path b) throws IOException {
    return Files.exists(b) && Files.isSameFile(a, b);
  }

  private static String relative(Path dir, Path target) {
    Path absoluteDir = dir.toAbsolutePath().normalize();
    Path absoluteTarget = target.toAbsolutePath().normalize();
    return absoluteTarget.startsWith(absoluteDir)
        ? absoluteDir.relativize(absoluteTarget).toString()
        : absoluteTarget.toString();
  }
}

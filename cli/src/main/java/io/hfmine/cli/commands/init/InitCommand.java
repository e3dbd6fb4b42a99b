package io.hfmine.cli.commands.init;

import io.hfmine.cli.studyfolder.StudyFolder;
import io.hfmine.cli.support.ExitCode;
import io.hfmine.cli.support.UsageException;
import io.hfmine.datasets.config.Config;
import io.hfmine.cli.config.ConfigSections;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hfmine init DIR}: a new study folder with a documented study file of real-study defaults. */
@Command(name = "init", mixinStandardHelpOptions = true,
    description = {"Create a study folder DIR with a documented study file (DIR/study.yaml) holding real-study "
        + "defaults: the 5,000 most downloaded models, pages of 1,000, dedup-aware code search, downstream "
        + "projects by verified usage.",
        "Every later command with --work-dir DIR uses that file. Next: hfmine --work-dir DIR plan, then run."})
public final class InitCommand implements Callable<Integer> {
  /** Classpath location of the template (the repository's config/study-template.yaml). */
  static final String TEMPLATE = "config/study-template.yaml";

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DIR", description = "The study folder to create (new or empty).")
  Path dir;

  @Override
  public Integer call() throws IOException {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new UsageException(dir + " exists and is not a directory");
    }
    if (Files.isDirectory(dir)) {
      try (var entries = Files.list(dir)) {
        if (entries.findAny().isPresent()) {
          throw new UsageException(dir + " is not empty; hfmine init makes a new study folder (give a new DIR)");
        }
      }
    }
    String template;
    try (InputStream in = InitCommand.class.getClassLoader().getResourceAsStream(TEMPLATE)) {
      if (in == null) {
        throw new IllegalStateException("the study template " + TEMPLATE + " is missing from the classpath");
      }
      template = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    Files.createDirectories(dir);
    Path study = dir.resolve(StudyFolder.STUDY_FILE);
    Files.writeString(study, template);
    // The template must pass the checks every command makes, or init would hand out a broken study.
    Config.load(study).validate(ConfigSections.ALL);
    StudyFolder.keep(dir, study, null);
    spec.commandLine().getErr().println("hfmine init: study folder " + dir + " created; edit " + study
        + ", then: hfmine --work-dir " + dir + " plan");
    spec.commandLine().getOut().println(study);
    return ExitCode.SUCCESS.code();
  }
}

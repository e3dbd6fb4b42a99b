package io.hfmine.analyzers.setasks.confirm;

import io.hfmine.datasets.config.ConfigException;
import io.hfmine.datasets.config.ConfigFiles;

/**
 * The confirmation prompt as files: {@code system.txt} and {@code user.txt} in a folder (a path,
 * or a classpath resource when no such folder exists, as the shipped {@code config/prompts/se-tasks}).
 */
public record PromptFiles(String system, String user, String location) {

  public static PromptFiles load(String folder) {
    return new PromptFiles(read(folder, "system.txt"), read(folder, "user.txt"), folder);
  }

  private static String read(String folder, String name) {
    try {
      return ConfigFiles.read(folder + "/" + name, "prompt file (se-tasks.confirmation.prompt-dir)");
    } catch (ConfigException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }
}

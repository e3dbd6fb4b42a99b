package io.hfmine.analyzers.setasks.confirm;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The confirmation prompt as files: {@code system.txt} and {@code user.txt} in a folder (a path,
 * or a classpath resource when no such folder exists, as the shipped {@code config/prompts/se-tasks}).
 */
public record PromptFiles(String system, String user, String location) {

  public static PromptFiles load(String folder) {
    return new PromptFiles(read(folder, "system.txt"), read(folder, "user.txt"), folder);
  }

  private static String read(String folder, String name) {
    Path file = Path.of(folder).resolve(name);
    try {
      if (Files.isRegularFile(file)) {
        return Files.readString(file);
      }
      try (InputStream in = PromptFiles.class.getClassLoader().getResourceAsStream(folder + "/" + name)) {
        if (in == null) {
          throw new IllegalArgumentException("prompt file " + file + " does not exist (se-tasks.confirmation.prompt-dir)");
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read prompt file " + file + ": " + e.getMessage(), e);
    }
  }
}

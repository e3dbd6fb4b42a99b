package io.hfmine.analyzers.pick;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.hfmine.datasets.config.Config;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * Reads the YAML data files of model search (template, licences, paraphrases): a file path, or the
 * shipped copy on the classpath when no such file exists, so a study can point at its own copy.
 */
public final class PickFiles {
  private PickFiles() {
  }

  /**
   * Binds the file at {@code location} to {@code type}; errors are raised by {@code failure}
   * with a message naming the file and, for YAML errors, the line.
   */
  public static <T> T read(String location, Class<T> type, Function<String, RuntimeException> failure) {
    String yaml = text(location, failure);
    try {
      return Config.yamlMapper().readValue(yaml, type);
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "" : " line " + e.getLocation().getLineNr();
      throw failure.apply(location + where + ": " + e.getOriginalMessage());
    }
  }

  /** The text of the file at {@code location} (a path, else a classpath resource). */
  public static String text(String location, Function<String, RuntimeException> failure) {
    Path file = Path.of(location);
    try {
      if (Files.isRegularFile(file)) {
        return Files.readString(file);
      }
      try (InputStream in = PickFiles.class.getClassLoader().getResourceAsStream(location)) {
        if (in == null) {
          throw failure.apply(location + " does not exist");
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw failure.apply("cannot read " + location + ": " + e.getMessage());
    }
  }
}

package io.hfmine.analyzers.pick;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hfmine.datasets.config.Config;
import io.hfmine.datasets.config.ConfigException;
import io.hfmine.datasets.config.ConfigFiles;
import java.util.function.Function;

/**
 * Reads the YAML data files of model search (template, licences, paraphrases): a file path, or the
 * shipped copy on the classpath when no such file exists, so a study can point at its own copy.
 */
public final class PickFiles {
  // Data files leave flags out where they are false (`special:` and `prose:` of most template
  // attributes); the configuration's own mapper refuses a missing primitive, so a copy allows it.
  private static final ObjectMapper YAML = Config.yamlMapper()
      .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

  private PickFiles() {
  }

  /**
   * Binds the file at {@code location} to {@code type}; errors are raised by {@code failure}
   * with a message naming the file and, for YAML errors, the line.
   */
  public static <T> T read(String location, Class<T> type, Function<String, RuntimeException> failure) {
    String yaml = text(location, failure);
    try {
      return YAML.readValue(yaml, type);
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "" : " line " + e.getLocation().getLineNr();
      throw failure.apply(location + where + ": " + e.getOriginalMessage());
    }
  }

  /** The text of the file at {@code location} (a path, else a classpath resource). */
  public static String text(String location, Function<String, RuntimeException> failure) {
    try {
      return ConfigFiles.read(location, "model search file");
    } catch (ConfigException e) {
      throw failure.apply(e.getMessage());
    }
  }
}

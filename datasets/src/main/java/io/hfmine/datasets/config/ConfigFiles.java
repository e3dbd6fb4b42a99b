package io.hfmine.datasets.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a data file that the configuration names (a taxonomy, a prompt): the file at that path, or,
 * when there is none, the resource of that name on the classpath (the shipped {@code config/...}).
 */
public final class ConfigFiles {
  private ConfigFiles() {
  }

  /** The text; {@code what} names the file in the error ("taxonomy file", "prompt file"). */
  public static String read(String location, String what) {
    Path file = Path.of(location);
    try {
      if (Files.isRegularFile(file)) {
        return Files.readString(file);
      }
      try (InputStream in = ConfigFiles.class.getClassLoader().getResourceAsStream(location)) {
        if (in == null) {
          throw new ConfigException(what + " " + location + " does not exist");
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new ConfigException("cannot read " + what + " " + location + ": " + e.getMessage(), e);
    }
  }
}

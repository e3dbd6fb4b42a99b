package io.hfmine.datasets.export;

import com.fasterxml.jackson.core.type.TypeReference;
import io.hfmine.datasets.config.Config;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;

/** Descriptions of columns shared by several tables ({@code config/export/field-glossary.yaml}). */
public final class FieldGlossary {
  static final String RESOURCE = "config/export/field-glossary.yaml";

  private final Map<String, String> descriptions;

  private FieldGlossary(Map<String, String> descriptions) {
    this.descriptions = descriptions;
  }

  /** The glossary shipped in the configuration folder. */
  public static FieldGlossary shipped() {
    try (InputStream in = FieldGlossary.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the classpath");
      }
      return new FieldGlossary(Config.yamlMapper().readValue(in, new TypeReference<Map<String, String>>() { }));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
    }
  }

  public Optional<String> describe(String column) {
    return Optional.ofNullable(descriptions.get(column));
  }
}

package io.hfmine.datasets.config;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The registry of configuration sections: each top-level key of {@code hfmine.yaml} and the
 * settings record it binds to. {@link #check} validates a whole configuration up front: every
 * section is bound (unknown keys, wrong types and refused values are errors), and a top-level key
 * that no area registered (a typo such as {@code repo-select:}) is an error too, so no command
 * can start with a mistake that a later stage would trip over hours into a run.
 *
 * <p>An area adds its section by adding one {@link Section} to the registry the command line
 * builds (the {@code cli} module's {@code ConfigSections}).
 */
public final class ConfigSchema {
  private final Map<String, Section> sections;

  /** One top-level section and its record. */
  public record Section(String name, Class<?> type) {
  }

  private ConfigSchema(Map<String, Section> sections) {
    this.sections = sections;
  }

  /** A registry of these sections; a name given twice is a programming error. */
  public static ConfigSchema of(List<Section> sections) {
    Map<String, Section> byName = new LinkedHashMap<>();
    for (Section section : sections) {
      if (byName.putIfAbsent(section.name(), section) != null) {
        throw new IllegalArgumentException("configuration section '" + section.name() + "' is registered twice");
      }
    }
    return new ConfigSchema(byName);
  }

  /** The section of a name. */
  public static Section section(String name, Class<?> type) {
    return new Section(name, type);
  }

  /** The registered sections, in registration order. */
  public List<Section> sections() {
    return List.copyOf(sections.values());
  }

  /** Binds every registered section and refuses unregistered top-level keys. */
  public void check(Config config) {
    Iterator<String> names = config.sectionNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!sections.containsKey(name)) {
        throw new ConfigException(config.where(name) + ": unknown section '" + name + "'"
            + ConfigErrors.didYouMean(name, sections.keySet()) + " (sections: " + String.join(", ", sections.keySet())
            + ")");
      }
    }
    for (Section section : sections.values()) {
      config.section(section.name(), section.type());
    }
  }

  /** The registered names, for messages. */
  List<String> names() {
    return new ArrayList<>(sections.keySet());
  }
}

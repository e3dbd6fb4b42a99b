package io.hfmine.cli.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.hfmine.cli.CliRun;
import io.hfmine.datasets.config.Config;
import io.hfmine.datasets.config.ConfigSchema;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigSectionsTest {
  private static final Pattern KEY = Pattern.compile("^( *)([A-Za-z0-9_-]+):(.*)$");

  @TempDir
  Path dir;

  @Test
  void theShippedDefaultsPassTheWholeCheck() {
    ConfigSections.ALL.check(Config.defaults());
  }

  @Test
  void everySettingOfEveryRegisteredSectionHasADefaultInTheShippedFile() {
    Config defaults = Config.defaults();
    List<String> missing = new ArrayList<>();
    for (ConfigSchema.Section section : ConfigSections.ALL.sections()) {
      collectMissing(defaults, section.name(), section.type(), missing);
    }
    assertThat(missing).as("settings without a default in config/hfmine.yaml").isEmpty();
  }

  @Test
  void everyKeyOfTheShippedFileIsDocumentedByAComment() throws IOException {
    List<String> lines;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(Config.DEFAULTS)) {
      lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
    List<Entry> entries = entries(lines);
    List<String> undocumented = new ArrayList<>();
    for (int e = 0; e < entries.size(); e++) {
      if (!documented(lines, entries, e)) {
        undocumented.add("line " + (entries.get(e).line() + 1) + ": " + lines.get(entries.get(e).line()).strip());
      }
    }
    assertThat(undocumented).as("keys of config/hfmine.yaml without a comment").isEmpty();
  }

  @Test
  void runRefusesABadSectionBeforeItsFirstRequest() throws IOException {
    try (MockWebServer hub = new MockWebServer()) {
      hub.start();
      Path study = dir.resolve("study.yaml");
      Files.writeString(study, "run:\n  models:\n    max: 10\nstats: 5\n");
      CliRun run = CliRun.quietIn(dir.resolve("work"), "--config", study.toString(),
          "--hf-endpoint", hub.url("/").toString(), "--github-endpoint", hub.url("/").toString(), "run");

      assertThat(run.exitCode()).isEqualTo(1);
      assertThat(run.err()).contains(study + " line 4: stats: expected a mapping of keys");
      assertThat(hub.getRequestCount()).isZero();
      assertThat(dir.resolve("work/hfmine.duckdb")).doesNotExist();
    }
  }

  @Test
  void everyCommandRefusesAnUnknownSectionEvenOneItNeverReads() throws IOException {
    Path study = dir.resolve("study.yaml");
    Files.writeString(study, "repo-select:\n  languages: [Python]\n");
    CliRun run = CliRun.quietIn(dir.resolve("work"), "--config", study.toString(), "status");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains(study + " line 1: unknown section 'repo-select' (did you mean 'repos-select'?)");
  }

  /** A key of the YAML file: its line, indentation and what follows the colon. */
  private record Entry(int line, int indent, String rest) {
  }

  // The keys of the file, leaving out the text of block scalars (| and >) such as prompts.
  private static List<Entry> entries(List<String> lines) {
    List<Entry> entries = new ArrayList<>();
    int blockOwner = -1;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      int indent = line.length() - line.stripLeading().length();
      if (blockOwner >= 0 && (line.isBlank() || indent > blockOwner)) {
        continue;
      }
      blockOwner = -1;
      Matcher key = KEY.matcher(line);
      if (!line.strip().startsWith("#") && key.matches()) {
        entries.add(new Entry(i, indent, key.group(3)));
        if (key.group(3).strip().matches("[|>][-+]?\\s*(#.*)?")) {
          blockOwner = indent;
        }
      }
    }
    return entries;
  }

  // Documented: a comment on the key's line or right above it (above the first of a run of sibling
  // keys counts for the run), a comment on the first line under a mapping key, or, for the first
  // key under a mapping, that mapping's own documentation.
  private static boolean documented(List<String> lines, List<Entry> entries, int e) {
    Entry entry = entries.get(e);
    if (entry.rest().contains(" #")) {
      return true;
    }
    if (entry.rest().isBlank() && entry.line() + 1 < lines.size() && lines.get(entry.line() + 1).strip().startsWith("#")) {
      return true;
    }
    return commentAbove(lines, entries, e);
  }

  private static boolean commentAbove(List<String> lines, List<Entry> entries, int e) {
    Entry entry = entries.get(e);
    if (entry.line() > 0 && lines.get(entry.line() - 1).strip().startsWith("#")) {
      return true;
    }
    if (e == 0 || entry.line() == 0 || lines.get(entry.line() - 1).isBlank()) {
      return false;
    }
    Entry previous = entries.get(e - 1);
    for (int i = previous.line() + 1; i < entry.line(); i++) {
      if (lines.get(i).isBlank()) {
        return false;
      }
    }
    if (previous.indent() == entry.indent()) {
      return commentAbove(lines, entries, e - 1);
    }
    return previous.indent() < entry.indent() && documented(lines, entries, e - 1);
  }

  private static void collectMissing(Config defaults, String path, Class<?> type, List<String> missing) {
    JsonNode node = defaults.node(path);
    if (!type.isRecord()) {
      return;
    }
    if (node.isMissingNode()) {
      missing.add(path);
      return;
    }
    if (!node.isObject()) {
      return;
    }
    for (RecordComponent component : type.getRecordComponents()) {
      String key = path + "." + kebab(component.getName());
      if (defaults.node(key).isMissingNode()) {
        missing.add(key);
      } else if (component.getType().isRecord()) {
        collectMissing(defaults, key, component.getType(), missing);
      } else if (component.getGenericType() instanceof ParameterizedType map
          && java.util.Map.class.isAssignableFrom(component.getType())) {
        Type value = map.getActualTypeArguments()[1];
        if (value instanceof Class<?> valueType && valueType.isRecord()) {
          defaults.node(key).fieldNames().forEachRemaining(entry -> collectMissing(defaults, key + "." + entry,
              valueType, missing));
        }
      }
    }
  }

  private static String kebab(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
  }
}

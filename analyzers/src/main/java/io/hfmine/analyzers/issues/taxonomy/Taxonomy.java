package io.hfmine.analyzers.issues.taxonomy;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.hfmine.datasets.config.Config;
import io.hfmine.datasets.config.ConfigException;
import io.hfmine.datasets.config.ConfigFiles;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The PTM-challenge taxonomy (themes, sub-themes, cue phrases) as read from its YAML file.
 *
 * <p>Every labeller, the annotation import and the evaluation read codes from here, so a study
 * that edits the file changes the label space everywhere at once.
 */
public record Taxonomy(String name, int version, List<Theme> themes,
    @JsonProperty("fallback-by-type") Map<String, String> fallbackByType,
    RelevanceCues relevance,
    @JsonProperty("issue-types") Map<String, List<String>> issueTypes) {

  public Taxonomy {
    themes = themes == null ? List.of() : List.copyOf(themes);
    fallbackByType = fallbackByType == null ? Map.of() : Map.copyOf(fallbackByType);
    relevance = relevance == null ? new RelevanceCues(null, null, null, null) : relevance;
    issueTypes = issueTypes == null ? Map.of() : new LinkedHashMap<>(issueTypes);
  }

  /** Loads the taxonomy from a file, or from the classpath when no such file exists (shipped default). */
  public static Taxonomy load(String location) {
    String yaml;
    try {
      yaml = ConfigFiles.read(location, "taxonomy file");
    } catch (ConfigException e) {
      throw new TaxonomyException(e.getMessage(), e);
    }
    return parse(yaml, location);
  }

  /** Parses taxonomy YAML; {@code origin} names the source in error messages. */
  public static Taxonomy parse(String yaml, String origin) {
    Taxonomy taxonomy;
    try {
      taxonomy = Config.yamlMapper().readValue(yaml, Taxonomy.class);
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "" : " line " + e.getLocation().getLineNr();
      throw new TaxonomyException("taxonomy " + origin + where + ": " + e.getOriginalMessage(), e);
    }
    taxonomy.check(origin);
    return taxonomy;
  }

  private void check(String origin) {
    if (themes.isEmpty()) {
      throw new TaxonomyException("taxonomy " + origin + ": no themes");
    }
    Set<String> codes = new HashSet<>();
    for (Theme theme : themes) {
      if (theme.code() == null || theme.code().isBlank() || theme.code().contains(".")) {
        throw new TaxonomyException("taxonomy " + origin + ": theme '" + theme.name() + "' needs a code without a dot");
      }
      if (!codes.add(theme.code())) {
        throw new TaxonomyException("taxonomy " + origin + ": duplicate code " + theme.code());
      }
      for (SubTheme sub : theme.subThemes()) {
        if (sub.code() == null || !sub.code().startsWith(theme.code() + ".")) {
          throw new TaxonomyException("taxonomy " + origin + ": sub-theme '" + sub.name() + "' of " + theme.code()
              + " needs a code starting with " + theme.code() + ".");
        }
        if (!codes.add(sub.code())) {
          throw new TaxonomyException("taxonomy " + origin + ": duplicate code " + sub.code());
        }
      }
    }
    for (Map.Entry<String, String> fallback : fallbackByType.entrySet()) {
      if (subTheme(fallback.getValue()).isEmpty()) {
        throw new TaxonomyException("taxonomy " + origin + ": fallback-by-type." + fallback.getKey()
            + " names unknown sub-theme " + fallback.getValue());
      }
    }
  }

  public Optional<Theme> theme(String code) {
    return themes.stream().filter(t -> t.code().equals(code)).findFirst();
  }

  public Optional<SubTheme> subTheme(String code) {
    return subThemes().stream().filter(s -> s.code().equals(code)).findFirst();
  }

  /** Every sub-theme, in file order. */
  public List<SubTheme> subThemes() {
    List<SubTheme> all = new ArrayList<>();
    themes.forEach(t -> all.addAll(t.subThemes()));
    return all;
  }

  public List<String> themeCodes() {
    return themes.stream().map(Theme::code).toList();
  }

  public List<String> subThemeCodes() {
    return subThemes().stream().map(SubTheme::code).toList();
  }

  public boolean isTheme(String code) {
    return theme(code).isPresent();
  }

  public boolean isSubTheme(String code) {
    return subTheme(code).isPresent();
  }
}

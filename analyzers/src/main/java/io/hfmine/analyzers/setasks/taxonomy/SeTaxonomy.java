package io.hfmine.analyzers.setasks.taxonomy;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.hfmine.analyzers.setasks.text.TextSource;
import io.hfmine.datasets.config.Config;
import io.hfmine.datasets.config.ConfigException;
import io.hfmine.datasets.config.ConfigFiles;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The SE-task taxonomy as read from its YAML file ({@code config/taxonomy/se-tasks.yaml} by
 * default): activities, tasks with their terms and LLM criteria, and the exclusion rules.
 *
 * <p>Everything the classification knows about tasks comes from here, so a study that replaces the
 * file (e.g. with the reference authors' own list) changes matching, rules, prompts and reports.
 */
public record SeTaxonomy(String name, int version, Map<String, String> sources, List<Activity> activities,
    List<SeTask> tasks, List<ExclusionRule> exclusions, String sha256) {

  public SeTaxonomy {
    sources = sources == null ? Map.of() : new LinkedHashMap<>(sources);
    activities = activities == null ? List.of() : List.copyOf(activities);
    tasks = tasks == null ? List.of() : List.copyOf(tasks);
    exclusions = exclusions == null ? List.of() : List.copyOf(exclusions);
  }

  /** Loads the taxonomy from a file, or from the classpath when no such file exists (the shipped one). */
  public static SeTaxonomy load(String location) {
    String yaml;
    try {
      yaml = ConfigFiles.read(location, "SE-task taxonomy");
    } catch (ConfigException e) {
      throw new TaxonomyFileException(e.getMessage(), e);
    }
    return parse(yaml, location);
  }

  /** Parses taxonomy YAML; {@code origin} names the file in error messages. */
  public static SeTaxonomy parse(String yaml, String origin) {
    SeTaxonomy read;
    try {
      read = Config.yamlMapper().readValue(yaml, SeTaxonomy.class);
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "" : " line " + e.getLocation().getLineNr();
      throw new TaxonomyFileException("SE-task taxonomy " + origin + where + ": " + e.getOriginalMessage(), e);
    }
    SeTaxonomy taxonomy = new SeTaxonomy(read.name, read.version, read.sources, read.activities, read.tasks,
        read.exclusions, sha256(yaml));
    taxonomy.check(origin);
    return taxonomy;
  }

  private void check(String origin) {
    String file = "SE-task taxonomy " + origin + ": ";
    if (activities.isEmpty() || tasks.isEmpty()) {
      throw new TaxonomyFileException(file + "needs activities and tasks");
    }
    Set<String> activityIds = new HashSet<>();
    for (Activity activity : activities) {
      if (blank(activity.id()) || blank(activity.name())) {
        throw new TaxonomyFileException(file + "every activity needs an id and a name");
      }
      if (!activityIds.add(activity.id())) {
        throw new TaxonomyFileException(file + "duplicate activity id " + activity.id());
      }
    }
    Set<String> taskIds = new HashSet<>();
    for (SeTask task : tasks) {
      String where = file + "task '" + task.id() + "'";
      if (blank(task.id()) || blank(task.name())) {
        throw new TaxonomyFileException(file + "every task needs an id and a name (near '" + task.name() + "')");
      }
      if (!taskIds.add(task.id())) {
        throw new TaxonomyFileException(file + "duplicate task id " + task.id());
      }
      if (!activityIds.contains(task.activity())) {
        throw new TaxonomyFileException(where + " names unknown activity '" + task.activity() + "'");
      }
      if (blank(task.source()) || !sources.containsKey(task.source())) {
        throw new TaxonomyFileException(where + " needs a source listed under sources; got '" + task.source() + "'");
      }
      for (String term : task.allTerms()) {
        if (term.chars().noneMatch(Character::isLetterOrDigit)) {
          throw new TaxonomyFileException(where + " has a term without any word: '" + term + "'");
        }
      }
    }
    Set<String> ruleIds = new HashSet<>();
    for (ExclusionRule rule : exclusions) {
      String where = file + "exclusion '" + rule.id() + "'";
      if (blank(rule.id()) || !ruleIds.add(rule.id())) {
        throw new TaxonomyFileException(file + "every exclusion needs a unique id (near '" + rule.id() + "')");
      }
      if (!rule.hasCondition()) {
        throw new TaxonomyFileException(where + " has no condition, so it would drop every match");
      }
      for (String task : rule.tasks()) {
        if (!taskIds.contains(task)) {
          throw new TaxonomyFileException(where + " names unknown task '" + task + "'");
        }
      }
      for (String source : rule.sources()) {
        try {
          TextSource.of(source);
        } catch (IllegalArgumentException e) {
          throw new TaxonomyFileException(where + ": " + e.getMessage());
        }
      }
      for (String regex : new String[] {rule.before(), rule.after(), rule.adjacent(), rule.surface(), rule.inSection(),
          rule.itemLacks()}) {
        if (regex != null) {
          try {
            Pattern.compile(regex);
          } catch (PatternSyntaxException e) {
            throw new TaxonomyFileException(where + " has a bad regular expression '" + regex + "': "
                + e.getDescription());
          }
        }
      }
    }
  }

  public Optional<SeTask> task(String id) {
    return tasks.stream().filter(t -> t.id().equals(id)).findFirst();
  }

  public Optional<Activity> activity(String id) {
    return activities.stream().filter(a -> a.id().equals(id)).findFirst();
  }

  /** The tasks of one activity, in file order. */
  public List<SeTask> tasksOf(String activityId) {
    return tasks.stream().filter(t -> t.activity().equals(activityId)).toList();
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

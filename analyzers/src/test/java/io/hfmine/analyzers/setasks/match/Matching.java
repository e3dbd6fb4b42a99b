package io.hfmine.analyzers.setasks.match;

import io.hfmine.analyzers.setasks.lemma.EnglishLemmatizer;
import io.hfmine.analyzers.setasks.taxonomy.SeTaxonomy;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Test helper: a classifier over a taxonomy, and short views of its matches. */
final class Matching {
  private static SeTaxonomy shipped;

  private Matching() {
  }

  static synchronized SeTaxonomy shipped() {
    if (shipped == null) {
      shipped = SeTaxonomy.load("config/taxonomy/se-tasks.yaml");
    }
    return shipped;
  }

  static ItemClassifier classifier(SeTaxonomy taxonomy, boolean exhaustive) {
    EnglishLemmatizer lemmatizer = EnglishLemmatizer.shared();
    return new ItemClassifier(TermIndex.build(taxonomy, lemmatizer), new ExclusionRules(taxonomy, Set.of()),
        lemmatizer, exhaustive, 10_000);
  }

  static ItemText card(String text, String... tags) {
    return new ItemText("model", "org/model", Set.of(tags), text, List.of());
  }

  /** "task:surface" of the kept matches, in text order. */
  static List<String> kept(List<TaskMatch> matches) {
    return matches.stream().filter(TaskMatch::kept).sorted(Comparator.comparingInt(TaskMatch::start))
        .map(m -> m.taskId() + ":" + m.surface()).toList();
  }

  /** "task:surface:rule" of the excluded matches, in text order. */
  static List<String> excluded(List<TaskMatch> matches) {
    return matches.stream().filter(m -> !m.kept()).sorted(Comparator.comparingInt(TaskMatch::start))
        .map(m -> m.taskId() + ":" + m.surface() + ":" + m.excludedBy()).toList();
  }

  static SeTaxonomy taxonomy(String tasksYaml, String exclusionsYaml) {
    return SeTaxonomy.parse("""
        name: test
        version: 1
        sources: {test: a test}
        activities:
          - {id: impl, name: Implementation}
          - {id: qa, name: Quality assurance}
        tasks:
        %s
        exclusions:
        %s
        """.formatted(tasksYaml.indent(2), exclusionsYaml == null ? "  []" : exclusionsYaml.indent(2)), "test.yaml");
  }
}

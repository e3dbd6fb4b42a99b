package io.hfmine.analyzers.issues.evaluation;

import io.hfmine.analyzers.issues.Annotation;
import io.hfmine.analyzers.issues.IssueId;
import io.hfmine.analyzers.issues.sampling.AnnotationFile;
import io.hfmine.analyzers.issues.taxonomy.Taxonomy;
import io.hfmine.datasets.csv.CsvTable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The labelled set of real issues shipped with hfmine ({@code issues/labelled-set/} on the
 * classpath), or one of the same layout in a folder: issues of machine-learning repositories,
 * labelled in rounds, each round by two annotators blind to each other, disagreements adjudicated
 * (see the README). Ids, links and labels only: the issue texts are read from a store that
 * imported the issues.
 *
 * <p>Files: {@code manifest.csv} (every issue with its stratum, part and round), {@code rounds.csv}
 * (each round's annotators), {@code annotator-NAME.csv} (one per annotator, holding exactly the
 * issues of the round they labelled) and {@code gold.csv} (one adjudicated row per issue of every
 * round). {@link #validate} checks that they fit together.
 */
public final class LabelledSet {
  public static final String DIRECTORY = "issues/labelled-set/";
  static final String PRESCREEN = "prescreen.txt";
  public static final String MANIFEST = "manifest.csv";
  public static final String ROUNDS = "rounds.csv";
  public static final String GOLD = "gold.csv";

  /** Where an issue of the set comes from, which part it is in and the round that labelled it. */
  public record Entry(IssueId id, String url, String stratum, Part part, int round) {
  }

  /** One round of labelling: its number and its annotators (Cohen's kappa is between the two). */
  public record Round(int number, List<String> annotators) {
  }

  /** The tuning part (rules and settings were tuned on it) and the held-out part (used once, to report). */
  public enum Part {
    TUNING("tuning"), HELD_OUT("held-out");

    private final String key;

    Part(String key) {
      this.key = key;
    }

    public String key() {
      return key;
    }

    static Part of(String key) {
      for (Part part : values()) {
        if (part.key.equals(key)) {
          return part;
        }
      }
      throw new IllegalArgumentException("unknown part '" + key + "' (tuning or held-out)");
    }
  }

  private final Function<String, String> files;
  private final String origin;

  private LabelledSet(Function<String, String> files, String origin) {
    this.files = files;
    this.origin = origin;
  }

  /** The set shipped with hfmine. */
  public static LabelledSet shipped() {
    return new LabelledSet(LabelledSet::resource, DIRECTORY);
  }

  /** A set of the same layout in a folder. */
  public static LabelledSet in(Path directory) {
    return new LabelledSet(name -> {
      try {
        return Files.readString(directory.resolve(name));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + directory.resolve(name) + ": " + e.getMessage(), e);
      }
    }, directory + "/");
  }

  /** Where the files are, for messages. */
  public String origin() {
    return origin;
  }

  /**
   * The keyword prescreen that defined stratum P when the set's later rounds were drawn
   * ({@code prescreen.txt}: comment lines start with {@code #}, then one regular expression), so
   * that a stratum's share of the issues it was drawn from can be counted.
   */
  public Pattern prescreen() {
    List<String> lines = files.apply(PRESCREEN).lines().filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
    if (lines.size() != 1) {
      throw new IllegalArgumentException(origin + PRESCREEN + ": expected one regular expression after the comments, found "
          + lines.size() + " lines");
    }
    try {
      return Pattern.compile(lines.get(0));
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException(origin + PRESCREEN + ": " + e.getDescription() + " at index " + e.getIndex(), e);
    }
  }

  /** The manifest: every issue of the set, with its stratum, part and round. */
  public List<Entry> manifest() {
    List<Entry> entries = new ArrayList<>();
    for (CsvTable.Row row : rows(MANIFEST)) {
      try {
        entries.add(new Entry(IssueId.parse(row.get("id")), row.get("url"), row.get("stratum"), Part.of(row.get("part")),
            number(row, "round")));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(row.where() + ": " + e.getMessage(), e);
      }
    }
    return entries;
  }

  /** The rounds, in order. */
  public List<Round> rounds() {
    List<Round> rounds = new ArrayList<>();
    for (CsvTable.Row row : rows(ROUNDS)) {
      try {
        rounds.add(new Round(number(row, "round"), List.of(row.get("annotators").split(";"))));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(row.where() + ": " + e.getMessage(), e);
      }
    }
    return rounds;
  }

  /** The gold labels (the annotators' shared label, or the adjudicated one), every round's. */
  public List<Annotation> gold(Taxonomy taxonomy) {
    return read(GOLD, taxonomy);
  }

  /** One annotator's labels. */
  public List<Annotation> annotator(String name, Taxonomy taxonomy) {
    return read(annotatorFile(name), taxonomy);
  }

  /** Whether each gold row is the annotators' shared label ("agreed") or an adjudicated one. */
  public Map<IssueId, String> decisions() {
    Map<IssueId, String> decisions = new LinkedHashMap<>();
    for (CsvTable.Row row : rows(GOLD)) {
      decisions.put(IssueId.parse(row.get("id")), row.get("decision"));
    }
    return decisions;
  }

  /**
   * Checks that the files fit together: every manifest row names a known round, ids are unique,
   * gold holds every issue of the manifest and no other, and each annotator's file holds exactly the
   * issues of their round. Every problem is named with its file.
   *
   * @throws IllegalArgumentException listing the problems
   */
  public void validate(Taxonomy taxonomy) {
    List<String> problems = new ArrayList<>();
    List<Entry> manifest = manifest();
    Map<Integer, Set<IssueId>> byRound = new LinkedHashMap<>();
    Set<IssueId> all = new HashSet<>();
    for (Entry entry : manifest) {
      if (!all.add(entry.id())) {
        problems.add(origin + MANIFEST + ": " + entry.id() + " is listed twice");
      }
      byRound.computeIfAbsent(entry.round(), r -> new LinkedHashSet<>()).add(entry.id());
    }
    List<Round> rounds = rounds();
    Set<Integer> known = new HashSet<>();
    for (Round round : rounds) {
      known.add(round.number());
      if (round.annotators().size() != 2) {
        problems.add(origin + ROUNDS + ": round " + round.number() + " has " + round.annotators().size()
            + " annotators; a round has two, blind to each other");
      }
      Set<IssueId> expected = byRound.getOrDefault(round.number(), Set.of());
      for (String annotator : round.annotators()) {
        compare(origin + annotatorFile(annotator), ids(annotator(annotator, taxonomy)), expected,
            "round " + round.number() + " of " + MANIFEST, problems);
      }
    }
    byRound.keySet().stream().filter(r -> !known.contains(r)).forEach(r ->
        problems.add(origin + MANIFEST + ": round " + r + " is not in " + ROUNDS));
    compare(origin + GOLD, ids(gold(taxonomy)), all, MANIFEST, problems);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("\n", problems));
    }
  }

  /** The gold file copied to a folder, for the commands that read annotation CSV files. */
  public Path copyGold(Path directory) {
    try {
      Path file = directory.resolve(GOLD);
      Files.writeString(file, files.apply(GOLD));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + directory + ": " + e.getMessage(), e);
    }
  }

  private static void compare(String file, List<IssueId> found, Set<IssueId> expected, String of, List<String> problems) {
    Set<IssueId> seen = new HashSet<>();
    for (IssueId id : found) {
      if (!seen.add(id)) {
        problems.add(file + ": " + id + " is labelled twice");
      } else if (!expected.contains(id)) {
        problems.add(file + ": " + id + " is not an issue of " + of);
      }
    }
    long missing = expected.stream().filter(id -> !seen.contains(id)).count();
    if (missing > 0) {
      problems.add(file + ": " + missing + " issue(s) of " + of + " are not labelled, e.g. "
          + expected.stream().filter(id -> !seen.contains(id)).findFirst().orElseThrow());
    }
  }

  private static int number(CsvTable.Row row, String column) {
    try {
      return Integer.parseInt(row.get(column));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("column " + column + " must be a round number, got '" + row.get(column) + "'", e);
    }
  }

  private static List<IssueId> ids(List<Annotation> annotations) {
    return annotations.stream().map(Annotation::issue).toList();
  }

  private static String annotatorFile(String name) {
    return "annotator-" + name + ".csv";
  }

  private List<CsvTable.Row> rows(String name) {
    return CsvTable.parse(files.apply(name), origin + name, CsvTable.Width.EXACT);
  }

  private List<Annotation> read(String name, Taxonomy taxonomy) {
    return AnnotationFile.parse(files.apply(name), origin + name, origin + name, taxonomy, id -> true,
        AnnotationFile.AnnotatorColumn.gold()).stream().map(AnnotationFile.Entry::annotation).toList();
  }

  private static String resource(String name) {
    try (InputStream in = LabelledSet.class.getClassLoader().getResourceAsStream(DIRECTORY + name)) {
      if (in == null) {
        throw new IllegalStateException(DIRECTORY + name + " is missing from this build");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + DIRECTORY + name + ": " + e.getMessage(), e);
    }
  }
}

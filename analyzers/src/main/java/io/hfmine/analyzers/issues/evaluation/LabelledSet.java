package io.hfmine.analyzers.issues.evaluation;

import io.hfmine.analyzers.issues.Annotation;
import io.hfmine.analyzers.issues.IssueId;
import io.hfmine.analyzers.issues.sampling.AnnotationFile;
import io.hfmine.datasets.csv.CsvTable;
import io.hfmine.analyzers.issues.taxonomy.Taxonomy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The labelled set of real issues shipped with hfmine ({@code issues/labelled-set/} on the
 * classpath): 600 issues of 202 machine-learning repositories, labelled by two annotators blind to
 * each other, disagreements adjudicated (see its README). Ids, links and labels only: the issue
 * texts are read from a store that imported the issues.
 */
public final class LabelledSet {
  public static final String DIRECTORY = "issues/labelled-set/";
  public static final String MANIFEST = DIRECTORY + "manifest.csv";
  public static final String GOLD = DIRECTORY + "gold.csv";
  public static final List<String> ANNOTATORS = List.of("A", "B");

  /** Where an issue of the set comes from and which part it is in. */
  public record Entry(IssueId id, String url, String stratum, Part part) {
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

  private LabelledSet() {
  }

  /** The manifest: every issue of the set, with its stratum and part. */
  public static List<Entry> manifest() {
    List<Entry> entries = new ArrayList<>();
    for (CsvTable.Row row : CsvTable.parse(resource(MANIFEST), MANIFEST, CsvTable.Width.EXACT)) {
      entries.add(new Entry(IssueId.parse(row.get("id")), row.get("url"), row.get("stratum"), Part.of(row.get("part"))));
    }
    return entries;
  }

  /** The gold labels (the annotators' shared label, or the adjudicated one). */
  public static List<Annotation> gold(Taxonomy taxonomy) {
    return read(GOLD, taxonomy);
  }

  /** One annotator's labels. */
  public static List<Annotation> annotator(String name, Taxonomy taxonomy) {
    return read(DIRECTORY + "annotator-" + name + ".csv", taxonomy);
  }

  /** Whether each gold row is the annotators' shared label ("agreed") or an adjudicated one. */
  public static Map<IssueId, String> decisions() {
    Map<IssueId, String> decisions = new LinkedHashMap<>();
    for (CsvTable.Row row : CsvTable.parse(resource(GOLD), GOLD, CsvTable.Width.EXACT)) {
      decisions.put(IssueId.parse(row.get("id")), row.get("decision"));
    }
    return decisions;
  }

  /** A resource of the set copied to a file, for the commands that read annotation CSV files. */
  public static Path copy(String resource, Path directory) {
    try {
      Path file = directory.resolve(resource.substring(resource.lastIndexOf('/') + 1));
      Files.writeString(file, resource(resource));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + directory + ": " + e.getMessage(), e);
    }
  }

  private static List<Annotation> read(String resource, Taxonomy taxonomy) {
    return AnnotationFile.parse(resource(resource), resource, resource, taxonomy, id -> true,
        AnnotationFile.AnnotatorColumn.gold()).stream().map(AnnotationFile.Entry::annotation).toList();
  }

  static String resource(String name) {
    try (InputStream in = LabelledSet.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from this build");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name + ": " + e.getMessage(), e);
    }
  }
}

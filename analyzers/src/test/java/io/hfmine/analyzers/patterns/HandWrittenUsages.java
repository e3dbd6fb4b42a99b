package io.hfmine.analyzers.patterns;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The hand-written usages of bert-base-uncased in test resources, with their known groups. */
public final class HandWrittenUsages {
  public static final String MODEL = "bert-base-uncased";

  /** A usage and the group a person put it in. */
  public record Labelled(Usage usage, String truth) { }

  private HandWrittenUsages() {
  }

  public static List<Labelled> load() {
    return load("/patterns/bert-base-uncased-usages.txt");
  }

  /** The usages of the main file and of the second file, which adds usages to the same groups. */
  public static List<Labelled> loadWithMore() {
    List<Labelled> all = new ArrayList<>(load());
    for (Labelled more : load("/patterns/bert-base-uncased-usages-more.txt")) {
      Usage u = more.usage();
      // Ids continue after the main file's, so every usage keeps a distinct id.
      all.add(new Labelled(new Usage(String.format("h%03d", all.size()), u.repository(), u.path(), u.line(), u.library(),
          u.api(), u.kind(), u.modelId(), u.keywordArgs(), u.apiSequence(), u.snippet()), more.truth()));
    }
    return all;
  }

  static List<Labelled> load(String resource) {
    String text;
    try (InputStream in = HandWrittenUsages.class.getResourceAsStream(resource)) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Labelled> usages = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] fields = line.split("\\|", -1);
      String[] location = fields[1].strip().split(":");
      List<String> calls = Arrays.asList(fields[4].strip().split("\\s+"));
      List<String> keywords = fields[5].isBlank() ? List.of() : Arrays.asList(fields[5].strip().split(","));
      String id = String.format("h%03d", usages.size());
      String snippet = "model = " + fields[3].strip() + "(\"" + MODEL + "\")\n" + String.join("(...)\n", calls) + "(...)";
      Usage usage = new Usage(id, location[0], location[1], Integer.parseInt(location[2]),
          fields[3].strip().split("\\.")[0], fields[3].strip(), fields[2].strip(), MODEL, keywords, calls, snippet);
      usages.add(new Labelled(usage, fields[0].strip()));
    }
    return usages;
  }

  public static List<Usage> usages() {
    return load().stream().map(Labelled::usage).toList();
  }

  /** The known group of each usage as an integer label, in order. */
  public static int[] truth() {
    Map<String, Integer> ids = new LinkedHashMap<>();
    return load().stream().mapToInt(labelled -> ids.computeIfAbsent(labelled.truth(), key -> ids.size())).toArray();
  }
}

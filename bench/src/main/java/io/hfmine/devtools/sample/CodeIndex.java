package io.hfmine.devtools.sample;

import io.hfmine.datasets.hashing.Hashes;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Lists every sample file with its blob sha and the models GitHub code search would return it for.
 * Code search ignores case and punctuation, so a model matches when its id or one of its aliases
 * occurs between non-alphanumeric characters (a mention in a comment counts, as it does on GitHub).
 */
final class CodeIndex {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  /** A model id with the spellings code uses for it. */
  record ModelTerms(String id, List<String> terms) {
  }

  private CodeIndex() {
  }

  /** Reads models-used.txt: the canonical id first on each line, then its aliases. */
  static List<ModelTerms> readModels(Path file) {
    List<ModelTerms> models = new ArrayList<>();
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i).strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] words = line.split("\\s+");
        if (!words[0].contains("/")) {
          throw new IllegalArgumentException(file + " line " + (i + 1) + ": '" + words[0] + "' is not a namespaced Hub id");
        }
        models.add(new ModelTerms(words[0], List.of(words)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": " + e.getMessage(), e);
    }
    return models;
  }

  static ArrayNode build(Path codeRoot, List<ModelTerms> models) {
    ArrayNode index = JSON.arrayNode();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(codeRoot)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(codeRoot + ": " + e.getMessage(), e);
    }
    for (Path file : files) {
      Path relative = codeRoot.relativize(file);
      if (relative.getNameCount() < 3) {
        throw new IllegalArgumentException(file + ": files must live under code/<owner>/<repo>/");
      }
      byte[] bytes = read(file);
      String text = new String(bytes, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
      Map<String, List<String>> hits = new LinkedHashMap<>();
      for (ModelTerms model : models) {
        for (String term : model.terms()) {
          if (occurs(text, term.toLowerCase(Locale.ROOT))) {
            hits.computeIfAbsent(model.id(), id -> new ArrayList<>()).add(term);
          }
        }
      }
      ObjectNode entry = index.addObject();
      entry.put("repository", relative.getName(0) + "/" + relative.getName(1));
      entry.put("path", relative.subpath(2, relative.getNameCount()).toString().replace('\\', '/'));
      entry.put("sha", Hashes.gitBlobSha(bytes));
      entry.put("size", bytes.length);
      entry.put("language", languageOf(file.toString()));
      ArrayNode ids = entry.putArray("models");
      ArrayNode terms = entry.putArray("terms");
      hits.forEach((id, matched) -> {
        ids.add(id);
        matched.forEach(terms::add);
      });
    }
    return index;
  }

  /** GitHub's language name for a sample file. */
  private static String languageOf(String path) {
    if (path.endsWith(".java")) {
      return "Java";
    }
    return path.endsWith(".ipynb") ? "Jupyter Notebook" : "Python";
  }

  static boolean occurs(String text, String term) {
    for (int at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
      boolean startsWord = at == 0 || !wordChar(text.charAt(at - 1));
      int after = at + term.length();
      boolean endsWord = after == text.length() || !wordChar(text.charAt(after));
      if (startsWord && endsWord) {
        return true;
      }
    }
    return false;
  }

  private static boolean wordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": " + e.getMessage(), e);
    }
  }
}

package io.hfmine.devtools.sample;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The GitHub sample held in memory, indexed the way the fake GitHub server looks things up. */
final class GitHubSampleData {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One file of the code index with its bytes. */
  record CodeFile(JsonNode entry, byte[] bytes) {
    String repository() {
      return entry.get("repository").asText();
    }
  }

  final Map<String, ObjectNode> repositories = new LinkedHashMap<>();
  final Map<Long, ObjectNode> repositoriesById = new HashMap<>();
  final Map<String, JsonNode> renamed = new HashMap<>();
  final Map<String, JsonNode> gone = new HashMap<>();
  final Map<String, List<JsonNode>> issues = new HashMap<>();
  final Map<String, List<JsonNode>> comments = new HashMap<>();
  final List<CodeFile> code = new ArrayList<>();

  static GitHubSampleData load(Path sample) {
    try {
      return new GitHubSampleData(sample);
    } catch (IOException e) {
      throw new UncheckedIOException(sample + ": " + e.getMessage(), e);
    }
  }

  private GitHubSampleData(Path sample) throws IOException {
    try (Stream<Path> files = Files.list(sample.resolve("repos"))) {
      for (Path file : files.sorted().toList()) {
        JsonNode node = JSON.readTree(file.toFile());
        if (file.getFileName().toString().equals("special.json")) {
          node.get("renamed").forEach(r -> renamed.put(r.get("from").asText().toLowerCase(), r));
          node.get("gone").forEach(g -> gone.put(g.get("repository").asText().toLowerCase(), g));
        } else {
          ObjectNode repo = (ObjectNode) node;
          repositories.put(repo.get("full_name").asText().toLowerCase(), repo);
          repositoriesById.put(repo.get("id").asLong(), repo);
        }
      }
    }
    try (Stream<Path> files = Files.list(sample.resolve("issues"))) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        if (name.endsWith(".comments.jsonl")) {
          comments.put(repositoryOf(name, ".comments.jsonl"), lines(file));
        } else if (name.endsWith(".jsonl")) {
          issues.put(repositoryOf(name, ".jsonl"), lines(file));
        }
      }
    }
    for (JsonNode entry : JSON.readTree(sample.resolve("code-index.json").toFile())) {
      Path file = sample.resolve("code").resolve(entry.get("repository").asText()).resolve(entry.get("path").asText());
      code.add(new CodeFile(entry, Files.readAllBytes(file)));
    }
  }

  private static String repositoryOf(String fileName, String suffix) {
    return fileName.substring(0, fileName.length() - suffix.length()).replace("__", "/").toLowerCase();
  }

  private static List<JsonNode> lines(Path file) throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      nodes.add(JSON.readTree(line));
    }
    return nodes;
  }

  /** The repository object of a code-search hit: the current one, or the renamed target, or null when gone. */
  ObjectNode repositoryOfHit(String fullName) {
    ObjectNode repo = repositories.get(fullName.toLowerCase());
    if (repo == null && renamed.containsKey(fullName.toLowerCase())) {
      repo = repositoriesById.get(renamed.get(fullName.toLowerCase()).get("id").asLong());
    }
    return repo;
  }
}

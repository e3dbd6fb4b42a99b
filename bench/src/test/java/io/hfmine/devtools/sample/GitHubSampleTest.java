package io.hfmine.devtools.sample;

import io.hfmine.datasets.hashing.Hashes;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Validates the committed GitHub sample under sample/source/github and the generator that writes it. */
class GitHubSampleTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> ISSUE_FIELDS = List.of("url", "repository_url", "comments_url", "html_url", "id",
      "node_id", "number", "title", "user", "labels", "state", "locked", "comments", "created_at", "updated_at",
      "closed_at", "author_association", "body", "reactions", "state_reason");
  private static final List<String> COMMENT_FIELDS = List.of("url", "html_url", "issue_url", "id", "node_id", "user",
      "created_at", "updated_at", "author_association", "body");
  private static final Set<String> THEMES = Set.of("MU", "PQ", "SE", "DI", "HR", "RC", "FN");

  private static Path sample;
  private static Map<String, List<JsonNode>> issuesByRepo;
  private static Map<String, List<JsonNode>> commentsByRepo;

  @BeforeAll
  static void readSample() throws IOException {
    Path dir = Paths.get("").toAbsolutePath();
    while (dir != null && !Files.isDirectory(dir.resolve("sample/source/github/code"))) {
      dir = dir.getParent();
    }
    assertThat(dir).as("project root with sample/source/github").isNotNull();
    sample = dir.resolve("sample/source/github");
    issuesByRepo = new HashMap<>();
    commentsByRepo = new HashMap<>();
    try (Stream<Path> files = Files.list(sample.resolve("issues"))) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        if (name.endsWith(".comments.jsonl")) {
          commentsByRepo.put(repoOf(name, ".comments.jsonl"), jsonLines(file));
        } else if (name.endsWith(".jsonl")) {
          issuesByRepo.put(repoOf(name, ".jsonl"), jsonLines(file));
        }
      }
    }
  }

  private static String repoOf(String fileName, String suffix) {
    return fileName.substring(0, fileName.length() - suffix.length()).replace("__", "/");
  }

  private static List<JsonNode> jsonLines(Path file) throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      try {
        nodes.add(JSON.readTree(lines.get(i)));
      } catch (IOException e) {
        throw new AssertionError(file.getFileName() + " line " + (i + 1) + " is not JSON: " + e.getMessage(), e);
      }
    }
    return nodes;
  }

  @Test
  void gitBlobShaMatchesGit() {
    assertThat(Hashes.gitBlobSha(new byte[0])).isEqualTo("e69de29bb2d1d6434b8b29ae775ad8c2e48c5391");
    assertThat(Hashes.gitBlobSha("hello\n".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo("ce013625030ba8dba906f756967f9e9ca394464a");
  }

  @Test
  void everyIssueHasTheRestFieldsAndAConsistentState() {
    assertThat(issuesByRepo).hasSizeGreaterThanOrEqualTo(10);
    for (Map.Entry<String, List<JsonNode>> repo : issuesByRepo.entrySet()) {
      for (JsonNode issue : repo.getValue()) {
        String where = repo.getKey() + "#" + issue.path("number").asText();
        for (String field : ISSUE_FIELDS) {
          assertThat(issue.has(field)).as(where + " has " + field).isTrue();
        }
        assertThat(issue.get("user").get("login").asText()).as(where).isNotBlank();
        assertThat(issue.get("repository_url").asText()).endsWith("/repos/" + repo.getKey());
        issue.get("labels").forEach(label -> assertThat(label.has("name") && label.has("color")).as(where).isTrue());
        Instant created = Instant.parse(issue.get("created_at").asText());
        Instant updated = Instant.parse(issue.get("updated_at").asText());
        assertThat(updated).as(where + " updated_at").isAfterOrEqualTo(created)
            .isBeforeOrEqualTo(GitHubSampleGenerator.CRAWL_TIME);
        if (issue.get("state").asText().equals("closed")) {
          Instant closed = Instant.parse(issue.get("closed_at").asText());
          assertThat(closed).as(where + " closed_at").isAfterOrEqualTo(created);
          assertThat(updated).as(where + " updated_at").isAfterOrEqualTo(closed);
        } else {
          assertThat(issue.get("state").asText()).isEqualTo("open");
          assertThat(issue.get("closed_at").isNull()).as(where + " open with closed_at").isTrue();
        }
      }
    }
  }

  @Test
  void issueNumbersAreUniquePerRepositoryAndIdsUniqueEverywhere() {
    Set<Long> ids = new HashSet<>();
    for (Map.Entry<String, List<JsonNode>> repo : issuesByRepo.entrySet()) {
      Set<Integer> numbers = new HashSet<>();
      for (JsonNode issue : repo.getValue()) {
        assertThat(numbers.add(issue.get("number").asInt())).as(repo.getKey() + " number " + issue.get("number")).isTrue();
        assertThat(ids.add(issue.get("id").asLong())).as("issue id " + issue.get("id")).isTrue();
      }
    }
    commentsByRepo.values().forEach(comments -> comments.forEach(
        comment -> assertThat(ids.add(comment.get("id").asLong())).as("comment id " + comment.get("id")).isTrue()));
  }

  @Test
  void commentsBelongToTheirIssueAndMatchItsCommentCount() {
    for (Map.Entry<String, List<JsonNode>> repo : issuesByRepo.entrySet()) {
      Map<String, JsonNode> byUrl = new HashMap<>();
      repo.getValue().forEach(issue -> byUrl.put(issue.get("url").asText(), issue));
      Map<String, Integer> counted = new HashMap<>();
      for (JsonNode comment : commentsByRepo.getOrDefault(repo.getKey(), List.of())) {
        for (String field : COMMENT_FIELDS) {
          assertThat(comment.has(field)).as(repo.getKey() + " comment " + comment.path("id") + " has " + field).isTrue();
        }
        JsonNode issue = byUrl.get(comment.get("issue_url").asText());
        assertThat(issue).as("issue of comment " + comment.get("id")).isNotNull();
        Instant at = Instant.parse(comment.get("created_at").asText());
        assertThat(at).as("comment " + comment.get("id") + " after its issue was opened")
            .isAfterOrEqualTo(Instant.parse(issue.get("created_at").asText()));
        assertThat(at).as("comment " + comment.get("id") + " counted in its issue's updated_at")
            .isBeforeOrEqualTo(Instant.parse(issue.get("updated_at").asText()));
        counted.merge(comment.get("issue_url").asText(), 1, Integer::sum);
      }
      for (JsonNode issue : repo.getValue()) {
        assertThat(counted.getOrDefault(issue.get("url").asText(), 0))
            .as(issue.get("html_url").asText() + " comments").isEqualTo(issue.get("comments").asInt());
      }
    }
  }

  @Test
  void issuesMixPullRequestsOpenAndClosedAndTheReferenceAnnotationsCoverEveryTheme() throws IOException {
    int pullRequests = 0;
    int open = 0;
    int issues = 0;
    for (List<JsonNode> repo : issuesByRepo.values()) {
      for (JsonNode issue : repo) {
        if (issue.has("pull_request")) {
          pullRequests++;
        } else {
          issues++;
          open += issue.get("state").asText().equals("open") ? 1 : 0;
        }
      }
    }
    assertThat(issues).isGreaterThanOrEqualTo(300);
    assertThat(pullRequests).isPositive();
    assertThat(open).isPositive().isLessThan(issues);

    List<String> rows = Files.readAllLines(sample.resolve("issues/reference-annotations.csv"));
    assertThat(rows.get(0)).isEqualTo("repository,number,ptm_related,themes,sub_themes");
    assertThat(rows).hasSize(issues + 1);
    Set<String> themes = new TreeSet<>();
    int ptm = 0;
    for (String row : rows.subList(1, rows.size())) {
      String[] cells = row.split(",", -1);
      if (cells[2].equals("true")) {
        ptm++;
        themes.addAll(List.of(cells[3].split(";")));
      } else {
        assertThat(cells[3]).as(row).isEmpty();
      }
    }
    assertThat(themes).isEqualTo(new TreeSet<>(THEMES));
    assertThat(ptm).isBetween(issues / 4, issues * 3 / 4);
  }

  @Test
  void codeIndexListsEveryFileWithItsBlobShaAndKnownModels() throws IOException {
    Set<String> known = new HashSet<>();
    CodeIndex.readModels(sample.resolve("models-used.txt")).forEach(m -> known.add(m.id()));
    JsonNode index = JSON.readTree(sample.resolve("code-index.json").toFile());
    Set<String> indexed = new HashSet<>();
    for (JsonNode entry : index) {
      Path file = sample.resolve("code").resolve(entry.get("repository").asText()).resolve(entry.get("path").asText());
      assertThat(file).as("file of " + entry).exists();
      byte[] bytes = Files.readAllBytes(file);
      assertThat(entry.get("sha").asText()).as(file.toString()).isEqualTo(Hashes.gitBlobSha(bytes));
      assertThat(entry.get("size").asInt()).isEqualTo(bytes.length);
      String text = new String(bytes, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
      entry.get("models").forEach(id -> assertThat(known).as(file + " model").contains(id.asText()));
      entry.get("terms").forEach(term -> assertThat(text).contains(term.asText().toLowerCase(Locale.ROOT)));
      indexed.add(sample.resolve("code").relativize(file).toString());
    }
    try (Stream<Path> files = Files.walk(sample.resolve("code"))) {
      files.filter(Files::isRegularFile)
          .forEach(f -> assertThat(indexed).as("indexed").contains(sample.resolve("code").relativize(f).toString()));
    }
  }

  @Test
  void usageExpectationsCoverEveryIndexedFileAndOnlyModelsCodeSearchReturnsItFor() throws IOException {
    Map<String, Set<String>> indexedModels = new HashMap<>();
    for (JsonNode entry : JSON.readTree(sample.resolve("code-index.json").toFile())) {
      Set<String> models = new HashSet<>();
      entry.get("models").forEach(m -> models.add(m.asText()));
      indexedModels.put(entry.get("repository").asText() + "/" + entry.get("path").asText(), models);
    }
    JsonNode expectations = JSON.readTree(sample.resolve("code-expectations.json").toFile()).get("files");
    Set<String> covered = new HashSet<>();
    int negatives = 0;
    for (JsonNode file : expectations) {
      String name = file.get("file").asText();
      assertThat(indexedModels).as("expectation for an indexed file").containsKey(name);
      covered.add(name);
      if (file.get("usages").isEmpty()) {
        negatives++;
        assertThat(file.path("why").asText()).as(name + " says why it is not a usage").isNotBlank();
      }
      file.get("usages").forEach(usage -> assertThat(indexedModels.get(name)).as(name).contains(usage.get("model").asText()));
    }
    assertThat(covered).isEqualTo(indexedModels.keySet());
    assertThat(negatives).isPositive();
  }

  @Test
  void forkedFilesShareTheBlobShaOfTheirUpstream() throws IOException {
    JsonNode index = JSON.readTree(sample.resolve("code-index.json").toFile());
    Map<String, String> shaByFile = new HashMap<>();
    index.forEach(e -> shaByFile.put(e.get("repository").asText() + "/" + e.get("path").asText(), e.get("sha").asText()));
    assertThat(shaByFile.get("mbaptiste/lumen-search/lumen/index/encoder.py"))
        .isEqualTo(shaByFile.get("lumen-ai/lumen-search/lumen/index/encoder.py"));
    assertThat(shaByFile.get("kwon-dev/pixelforge/pixelforge/pipelines.py"))
        .isEqualTo(shaByFile.get("pixelforge-ai/pixelforge/pixelforge/pipelines.py"));
  }

  @Test
  void everyRepositoryInTheCodeIndexIsServedRenamedOrGone() throws IOException {
    JsonNode special = JSON.readTree(sample.resolve("repos/special.json").toFile());
    Set<String> accounted = new HashSet<>();
    special.get("renamed").forEach(r -> {
      accounted.add(r.get("from").asText());
      assertThat(sample.resolve("repos/" + r.get("to").asText().replace("/", "__") + ".json")).exists();
    });
    special.get("gone").forEach(g -> {
      accounted.add(g.get("repository").asText());
      assertThat(sample.resolve("repos/" + g.get("repository").asText().replace("/", "__") + ".json")).doesNotExist();
    });
    JsonNode index = JSON.readTree(sample.resolve("code-index.json").toFile());
    for (JsonNode entry : index) {
      String repo = entry.get("repository").asText();
      if (!accounted.contains(repo)) {
        JsonNode object = JSON.readTree(sample.resolve("repos/" + repo.replace("/", "__") + ".json").toFile());
        assertThat(object.get("full_name").asText()).isEqualTo(repo);
      }
    }
  }

  @Test
  void repositoryObjectsCountTheirOpenIssuesAndForksNameTheirParent() throws IOException {
    try (Stream<Path> files = Files.list(sample.resolve("repos"))) {
      for (Path file : files.filter(f -> !f.getFileName().toString().equals("special.json")).toList()) {
        JsonNode repo = JSON.readTree(file.toFile());
        String name = repo.get("full_name").asText();
        assertThat(file.getFileName().toString()).isEqualTo(name.replace("/", "__") + ".json");
        for (String field : List.of("id", "owner", "stargazers_count", "forks_count", "size", "language", "topics",
            "license", "archived", "fork", "created_at", "pushed_at", "default_branch", "open_issues_count")) {
          assertThat(repo.has(field)).as(name + " has " + field).isTrue();
        }
        assertThat(repo.get("fork").asBoolean()).isEqualTo(repo.has("parent"));
        List<JsonNode> issues = issuesByRepo.get(name);
        if (issues != null) {
          long open = issues.stream().filter(i -> i.get("state").asText().equals("open")).count();
          assertThat(repo.get("open_issues_count").asLong()).as(name).isEqualTo(open);
        }
      }
    }
  }

  @Test
  void generatorReproducesTheCommittedFilesFromTheSameSeed(@TempDir Path out) throws IOException {
    new GitHubSampleGenerator(sample, out, GitHubSampleGenerator.DEFAULT_SEED).generate();
    for (String dir : List.of("issues", "repos")) {
      try (Stream<Path> files = Files.list(sample.resolve(dir))) {
        for (Path committed : files.toList()) {
          Path generated = out.resolve(dir).resolve(committed.getFileName());
          assertThat(generated).as(committed + " regenerated (run sample/source/github/regenerate)").exists();
          assertThat(Files.mismatch(committed, generated)).as(committed + " is stale (run sample/source/github/regenerate)")
              .isEqualTo(-1L);
        }
      }
    }
    assertThat(Files.mismatch(sample.resolve("code-index.json"), out.resolve("code-index.json"))).isEqualTo(-1L);
  }

  @Test
  void anotherSeedGivesOtherIssues(@TempDir Path out) throws IOException {
    new GitHubSampleGenerator(sample, out, GitHubSampleGenerator.DEFAULT_SEED + 1).generate();
    Path file = Path.of("issues/voxnote__voxnote.jsonl");
    assertThat(Files.mismatch(sample.resolve(file), out.resolve(file))).isNotEqualTo(-1L);
  }
}

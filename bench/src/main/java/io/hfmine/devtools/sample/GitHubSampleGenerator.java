package io.hfmine.devtools.sample;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hfmine.devtools.sample.SampleSources.Catalog;
import io.hfmine.devtools.sample.SampleSources.GoneRepository;
import io.hfmine.devtools.sample.SampleSources.RepositoryRow;
import io.hfmine.devtools.sample.SampleSources.SubTheme;
import io.hfmine.devtools.sample.SampleSources.TemplateBook;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Writes the generated parts of the GitHub sample (repository objects, issues, comments, the
 * reference annotations and the code index) from the YAML resources of this package and the
 * hand-written files under {@code code/}. Same seed, same bytes.
 *
 * <p>Run: {@code sample/source/github/regenerate} (or {@code GitHubSampleGenerator [--out DIR]
 * [--source DIR] [--seed N]}).
 */
public final class GitHubSampleGenerator {
  /** The seed the committed sample was generated with. */
  public static final long DEFAULT_SEED = 20_240_817L;
  /** The moment the sample pretends to have been crawled; nothing happens after it. */
  public static final Instant CRAWL_TIME = Instant.parse("2025-09-30T12:00:00Z");

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final ObjectWriter PRETTY = MAPPER.writer(new DefaultPrettyPrinter()
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  private final Path source;
  private final Path out;
  private final long seed;

  public GitHubSampleGenerator(Path source, Path out, long seed) {
    this.source = source;
    this.out = out;
    this.seed = seed;
  }

  public static void main(String[] args) throws IOException {
    Path out = Paths.get("sample/source/github");
    Path source = null;
    long seed = DEFAULT_SEED;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--out" -> out = Paths.get(value(args, ++i));
        case "--source" -> source = Paths.get(value(args, ++i));
        case "--seed" -> seed = Long.parseLong(value(args, ++i));
        default -> {
          System.err.println("usage: GitHubSampleGenerator [--out DIR] [--source DIR] [--seed N]  (unknown: " + args[i] + ")");
          System.exit(2);
        }
      }
    }
    Path from = source == null ? out : source;
    if (!Files.isDirectory(from.resolve("code"))) {
      System.err.println("GitHubSampleGenerator: " + from.resolve("code") + " does not exist (run from the project root or pass --source)");
      System.exit(2);
    }
    SampleSummary summary = new GitHubSampleGenerator(from, out, seed).generate();
    System.out.print(summary.render());
  }

  private static String value(String[] args, int i) {
    if (i >= args.length) {
      System.err.println("GitHubSampleGenerator: " + args[i - 1] + " needs a value");
      System.exit(2);
    }
    return args[i];
  }

  /** Generates everything and returns the figures the README quotes. */
  public SampleSummary generate() throws IOException {
    Catalog catalog = SampleSources.catalog();
    TemplateBook book = SampleSources.templates();
    SampleSummary summary = new SampleSummary();

    replaceDirectory(out.resolve("issues"));
    Map<String, List<SynthesizedIssue>> issues = synthesizeIssues(catalog, book);
    StringBuilder annotations = new StringBuilder("repository,number,ptm_related,themes,sub_themes\n");
    for (Map.Entry<String, List<SynthesizedIssue>> project : issues.entrySet()) {
      String file = project.getKey().replace("/", "__");
      StringBuilder issueLines = new StringBuilder();
      StringBuilder commentLines = new StringBuilder();
      for (SynthesizedIssue issue : project.getValue()) {
        issueLines.append(MAPPER.writeValueAsString(issue.issue())).append('\n');
        for (ObjectNode comment : issue.comments()) {
          commentLines.append(MAPPER.writeValueAsString(comment)).append('\n');
        }
        summary.count(project.getKey(), issue);
        if (!issue.pullRequest()) {
          annotations.append(annotation(project.getKey(), issue));
        }
      }
      write(out.resolve("issues/" + file + ".jsonl"), issueLines.toString());
      write(out.resolve("issues/" + file + ".comments.jsonl"), commentLines.toString());
    }
    write(out.resolve("issues/reference-annotations.csv"), annotations.toString());

    replaceDirectory(out.resolve("repos"));
    writeRepositories(catalog, issues, summary);

    ArrayNode index = CodeIndex.build(source.resolve("code"), CodeIndex.readModels(source.resolve("models-used.txt")));
    write(out.resolve("code-index.json"), PRETTY.writeValueAsString(index) + "\n");
    summary.files = index.size();
    Set<String> withCode = new TreeSet<>();
    index.forEach(entry -> withCode.add(entry.get("repository").asText()));
    summary.repositoriesWithCode = withCode.size();
    return summary;
  }

  private Map<String, List<SynthesizedIssue>> synthesizeIssues(Catalog catalog, TemplateBook book) {
    List<RepositoryRow> downstream = catalog.repositories().stream().filter(r -> r.issues() != null).toList();
    Map<String, List<SubTheme>> required = coverage(downstream, book);
    PeoplePool people = new PeoplePool(new Random(seed), 160);
    IdAllocator ids = new IdAllocator();
    IssueSynthesizer synthesizer = new IssueSynthesizer(book, people, ids, CRAWL_TIME);
    Map<String, List<SynthesizedIssue>> issues = new LinkedHashMap<>();
    for (RepositoryRow row : downstream) {
      Random random = new Random(new SplittableRandom(seed * 31 + row.fullName().hashCode()).nextLong());
      issues.put(row.fullName(), synthesizer.synthesize(row, required.get(row.fullName()), random));
    }
    return issues;
  }

  /** Deals every PTM sub-theme to some project once, rarest first, so the sample covers all 32. */
  private static Map<String, List<SubTheme>> coverage(List<RepositoryRow> projects, TemplateBook book) {
    Map<String, List<SubTheme>> required = new LinkedHashMap<>();
    projects.forEach(p -> required.put(p.fullName(), new ArrayList<>()));
    List<SubTheme> rarestFirst = book.ptm().stream().sorted(Comparator.comparingInt(SubTheme::weight)).toList();
    int next = 0;
    for (SubTheme theme : rarestFirst) {
      for (int tries = 0; tries < projects.size(); tries++) {
        RepositoryRow project = projects.get(next++ % projects.size());
        if (IssueSynthesizer.eligible(theme, project.issues())) {
          required.get(project.fullName()).add(theme);
          break;
        }
      }
    }
    return required;
  }

  private static String annotation(String repository, SynthesizedIssue issue) {
    List<String> themes = new ArrayList<>();
    List<String> subThemes = new ArrayList<>();
    for (SubTheme challenge : issue.challenges()) {
      if (!themes.contains(challenge.theme())) {
        themes.add(challenge.theme());
      }
      subThemes.add(challenge.code());
    }
    return repository + "," + issue.number() + "," + !issue.challenges().isEmpty() + ","
        + String.join(";", themes) + "," + String.join(";", subThemes) + "\n";
  }

  private void writeRepositories(Catalog catalog, Map<String, List<SynthesizedIssue>> issues, SampleSummary summary)
      throws IOException {
    Map<String, ObjectNode> built = new LinkedHashMap<>();
    Map<String, String> roles = new TreeMap<>();
    ArrayNode renamed = MAPPER.createArrayNode();
    for (RepositoryRow row : catalog.repositories()) {
      long id = repositoryId(row.fullName());
      List<SynthesizedIssue> own = issues.getOrDefault(row.fullName(), List.of());
      // Forks have issues turned off; other repositories without sample issues get a plausible count.
      int open = row.forkOf() != null ? 0
          : own.isEmpty() ? new Random(seed + row.fullName().hashCode()).nextInt(row.stars() > 100 ? 9 : 3)
          : (int) own.stream().filter(SynthesizedIssue::open).count();
      ObjectNode parent = row.forkOf() == null ? null : built.get(row.forkOf());
      if (row.forkOf() != null && parent == null) {
        throw new IllegalStateException(row.fullName() + ": fork of " + row.forkOf() + ", which must be listed before it");
      }
      ObjectNode repo = RestShapes.repository(row, id, open, row.pushed(), parent);
      built.put(row.fullName(), repo);
      write(out.resolve("repos/" + row.fullName().replace("/", "__") + ".json"), PRETTY.writeValueAsString(repo) + "\n");
      roles.put(row.fullName(), row.role());
      if (row.renamedFrom() != null) {
        ObjectNode move = renamed.addObject();
        move.put("from", row.renamedFrom());
        move.put("to", row.fullName());
        move.put("id", id);
        move.put("status", 301);
        move.put("location", RestShapes.API + "/repositories/" + id);
        ObjectNode body = move.putObject("body");
        body.put("message", "Moved Permanently");
        body.put("url", RestShapes.API + "/repositories/" + id);
        body.put("documentation_url", "https://docs.github.com/v3/#http-redirects");
      }
      summary.repositories++;
    }
    ArrayNode gone = MAPPER.createArrayNode();
    for (GoneRepository missing : catalog.gone()) {
      ObjectNode entry = gone.addObject();
      entry.put("repository", missing.fullName());
      entry.put("status", missing.status());
      entry.put("reason", missing.reason());
      ObjectNode body = entry.putObject("body");
      body.put("message", "Not Found");
      body.put("documentation_url", "https://docs.github.com/rest/repos/repos#get-a-repository");
      body.put("status", Integer.toString(missing.status()));
      roles.put(missing.fullName(), "gone");
    }
    ObjectNode special = MAPPER.createObjectNode();
    special.put("crawl_time", CRAWL_TIME.toString());
    special.set("renamed", renamed);
    special.set("gone", gone);
    special.set("roles", MAPPER.valueToTree(roles));
    write(out.resolve("repos/special.json"), PRETTY.writeValueAsString(special) + "\n");
  }

  static long repositoryId(String fullName) {
    return 420_000_000L + Math.floorMod(fullName.hashCode() * 40503L, 480_000_000L);
  }

  private static void replaceDirectory(Path dir) throws IOException {
    if (Files.isDirectory(dir)) {
      try (Stream<Path> files = Files.list(dir)) {
        for (Path file : files.toList()) {
          Files.delete(file);
        }
      }
    }
    Files.createDirectories(dir);
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}

package io.hfmine.cli.sample;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.hfmine.cli.commands.demo.BundledSample;
import io.hfmine.crawler.archive.Archive;
import io.hfmine.crawler.archive.ArchiveEntry;
import io.hfmine.crawler.arxiv.ArxivClient;
import io.hfmine.crawler.hf.HfHub;
import io.hfmine.crawler.hf.HfHubClient;
import io.hfmine.crawler.http.HttpSettings;
import io.hfmine.crawler.http.HttpStack;
import io.hfmine.crawler.http.Sleeper;
import io.hfmine.datasets.arxiv.ArxivIds;
import io.hfmine.datasets.arxiv.ArxivSettings;
import io.hfmine.datasets.config.Config;
import io.hfmine.datasets.files.DirectoryTree;
import io.hfmine.datasets.hashing.Hashes;
import io.hfmine.datasets.hf.CardFrontMatter;
import io.hfmine.datasets.hf.HfSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;

/**
 * Writes the demo's replay archive from the readable sample sources.
 *
 * <p>Input: {@code sample/source/hf/models.yaml} (the listing) and {@code sample/source/hf/cards/}
 * (READMEs). Output: the entries {@code entries/huggingface.co/} of {@code sample/archive.zip}, with exactly the exchanges the
 * real client makes for {@link BundledSample#LISTING} and {@link BundledSample#DATASET_LISTING} (pages of
 * {@link BundledSample#PAGE_SIZE}, cursor in {@code Link}), one README answer per model and dataset (404
 * for those without card), the model searches of {@code hfmine pick evaluate}'s Hub baseline
 * ({@link SamplePickQueries}, from {@code sample/pick/requests/}), the arXiv API's answers for the papers
 * their tags name ({@code export.arxiv.org}, from {@code sample/source/arxiv/papers.yaml}). Everything is a function of the
 * sources (fixed timestamps, derived shas, a deterministic packing), so a second run writes the same bytes.
 *
 * <p>Run: {@code ./mvnw -B -q -pl cli -am test -Dtest=SampleArchiveTest -Dhfmine.sample.write=true
 * -Dsurefire.failIfNoSpecifiedTests=false}. GitHub's entries (recorded by SampleArchiveRecorder) are left alone.
 */
public final class SampleArchiveGenerator {
  static final String RECORDED_AT = "2025-06-01T12:00:00Z";
  static final String ARXIV_HOST = "export.arxiv.org";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private SampleArchiveGenerator() {
  }

  public static void main(String[] args) throws Exception {
    Path sample = Path.of(args.length > 0 ? args[0] : "sample");
    generate(sample.resolve("source"), sample);
  }

  /**
   * Writes {@code out/archive.zip} from {@code source}, keeping the GitHub exchanges of an archive
   * already there (or, once, of the older {@code out/archive/} folder, which is then removed).
   */
  public static void generate(Path source, Path out) throws IOException {
    Path archiveFile = out.resolve(BundledSample.ARCHIVE);
    Path archiveDir = Files.createTempDirectory("hfmine-sample-archive");
    try {
      if (Files.isRegularFile(archiveFile)) {
        Archive.unpack(archiveFile, archiveDir);
      } else if (Archive.isFolderArchive(out.resolve("archive"))) {
        copyTree(out.resolve("archive"), archiveDir);
      }
      generateInto(source, archiveDir);
      Archive.pack(archiveDir, archiveFile);
    } finally {
      DirectoryTree.delete(archiveDir);
    }
    DirectoryTree.delete(out.resolve("archive"));
    Files.deleteIfExists(out.resolve("archive.index"));
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (java.util.stream.Stream<Path> walk = Files.walk(from)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        Files.createDirectories(target.getParent());
        Files.copy(file, target);
      }
    }
  }

  private static void generateInto(Path source, Path archiveDir) throws IOException {
    Path hubEntries = archiveDir.resolve("entries").resolve("huggingface.co");
    DirectoryTree.delete(hubEntries);
    DirectoryTree.delete(archiveDir.resolve("entries").resolve(ARXIV_HOST));
    Files.createDirectories(archiveDir);
    Map<String, Object> manifest = new LinkedHashMap<>();
    manifest.put("format", Archive.FORMAT);
    manifest.put("tool", "hfmine sample generator");
    manifest.put("createdAt", RECORDED_AT);
    manifest.put("parameters", Map.of("source", "sample/source"));
    Files.writeString(archiveDir.resolve(Archive.MANIFEST),
        JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(manifest) + "\n");
    Archive archive = Archive.record(archiveDir, "unused: archive.json exists", Map.of());

    List<JsonNode> models = new ArrayList<>();
    YAML.readTree(source.resolve("hf/models.yaml").toFile()).get("models").forEach(models::add);
    models.sort(Comparator.comparingLong((JsonNode model) -> -model.get("downloads").asLong())
        .thenComparing(model -> model.get("id").asText()));

    HfSettings settings = Config.defaults().with("hf.endpoint", BundledSample.ENDPOINT).section("hf", HfSettings.class);
    HttpStack http = new HttpStack(new HttpSettings("generator", 1, 1, 0), Archive.off(), null);
    HfHubClient client = HfHub.client(http, settings, null, Sleeper.NONE);
    List<JsonNode> datasets = new ArrayList<>();
    YAML.readTree(source.resolve("hf/datasets.yaml").toFile()).get("datasets").forEach(datasets::add);
    datasets.sort(Comparator.comparingLong((JsonNode dataset) -> -dataset.get("downloads").asLong())
        .thenComparing(dataset -> dataset.get("id").asText()));
    int[] remaining = {500};
    int[] resolvers = {3000};
    HttpUrl first = client.firstPage(BundledSample.LISTING, BundledSample.PAGE_SIZE);
    listing(archive, first, models, source, "cards", remaining);
    listing(archive, client.firstDatasetPage(BundledSample.DATASET_LISTING, BundledSample.PAGE_SIZE), datasets, source,
        "dataset-cards", remaining);
    for (JsonNode model : models) {
      archive.store(readme(client.readmeUrl(model.get("id").asText()).toString(), model, source, "cards", resolvers),
          null);
    }
    for (JsonNode dataset : datasets) {
      archive.store(readme(client.datasetReadmeUrl(dataset.get("id").asText()).toString(), dataset, source,
          "dataset-cards", resolvers), null);
    }
    pickBaseline(archive, client, first, models, source, remaining);
    arxiv(archive, http, models, datasets, source);
    http.close();
    archive.close();
  }

  // The listing in pages of BundledSample.PAGE_SIZE chained by Link: rel="next", as the Hub pages it.
  private static void listing(Archive archive, HttpUrl first, List<JsonNode> items, Path source, String cards,
      int[] remaining) throws IOException {
    for (int start = 0; start < items.size(); start += BundledSample.PAGE_SIZE) {
      int end = Math.min(items.size(), start + BundledSample.PAGE_SIZE);
      HttpUrl url = start == 0 ? first : first.newBuilder().addQueryParameter("cursor", cursor(items.get(start))).build();
      ArrayNode page = JSON.createArrayNode();
      for (JsonNode item : items.subList(start, end)) {
        page.add(listed(item, source, cards));
      }
      List<List<String>> headers = new ArrayList<>();
      headers.add(List.of("Content-Type", "application/json; charset=utf-8"));
      if (end < items.size()) {
        HttpUrl next = first.newBuilder().addQueryParameter("cursor", cursor(items.get(end))).build();
        headers.add(List.of("Link", "<" + next + ">; rel=\"next\""));
      }
      headers.addAll(rateLimit("api", --remaining[0]));
      archive.store(new ArchiveEntry("GET", url.toString(), null, 200, "OK", headers, JSON.writeValueAsString(page),
          null, null, RECORDED_AT), null);
    }
  }

  // The Hub-search baseline of `hfmine pick evaluate` on the sample, answered as the Hub's search would.
  private static void pickBaseline(Archive archive, HfHubClient client, HttpUrl first, List<JsonNode> models,
      Path source, int[] remaining) throws IOException {
    List<JsonNode> listed = new ArrayList<>();
    Map<String, String> cards = new LinkedHashMap<>();
    for (JsonNode model : models) {
      listed.add(listed(model, source, "cards"));
      if (!model.get("card").isNull()) {
        cards.put(model.get("id").asText(), card(source, model, "cards"));
      }
    }
    Map<HttpUrl, String> searches = SamplePickQueries.answers(listed, cards,
        source.resolveSibling("pick").resolve("requests"), client);
    for (Map.Entry<HttpUrl, String> search : searches.entrySet()) {
      if (search.getKey().equals(first)) {
        continue; // a query without search and filter is the listing's first page, already recorded with its Link
      }
      List<List<String>> headers = new ArrayList<>();
      headers.add(List.of("Content-Type", "application/json; charset=utf-8"));
      headers.addAll(rateLimit("api", --remaining[0]));
      archive.store(new ArchiveEntry("GET", search.getKey().toString(), null, 200, "OK", headers, search.getValue(),
          null, null, RECORDED_AT), null);
    }
  }

  private static ArchiveEntry readme(String url, JsonNode item, Path source, String cards, int[] resolvers)
      throws IOException {
    List<List<String>> headers = new ArrayList<>();
    if (item.get("card").isNull()) {
      headers.add(List.of("Content-Type", "text/plain; charset=utf-8"));
      headers.add(List.of("X-Error-Code", "EntryNotFound"));
      headers.add(List.of("X-Error-Message", "Entry not found"));
      headers.addAll(rateLimit("resolvers", --resolvers[0]));
      return new ArchiveEntry("GET", url, null, 404, "Not Found", headers, "Entry not found", null, null, RECORDED_AT);
    }
    String text = card(source, item, cards);
    headers.add(List.of("Content-Type", "text/plain; charset=utf-8"));
    headers.add(List.of("ETag", "\"" + Hashes.sha1(text).substring(0, 32) + "\""));
    headers.addAll(rateLimit("resolvers", --resolvers[0]));
    return new ArchiveEntry("GET", url, null, 200, "OK", headers, text, null, null, RECORDED_AT);
  }

  // The arXiv API's answers to the demo's requests: the sorted ids the tags name, in batches of the
  // study's se-tasks.arxiv.ids-per-request, each an Atom feed of the papers sample/source/arxiv has.
  private static void arxiv(Archive archive, HttpStack http, List<JsonNode> models, List<JsonNode> datasets,
      Path source) throws IOException {
    java.util.TreeSet<String> ids = new java.util.TreeSet<>();
    for (List<JsonNode> items : List.of(models, datasets)) {
      for (JsonNode item : items) {
        List<String> tags = new ArrayList<>();
        item.get("tags").forEach(tag -> tags.add(tag.asText()));
        ids.addAll(ArxivIds.fromTags(tags));
      }
    }
    Path study = source.getParent().resolve(BundledSample.STUDY);
    ArxivSettings settings = Config.load(study).section("se-tasks.arxiv", ArxivSettings.class);
    ArxivClient client = new ArxivClient(http, settings, Sleeper.NONE);
    JsonNode papers = YAML.readTree(source.resolve("arxiv/papers.yaml").toFile()).get("papers");
    List<String> sorted = new ArrayList<>(ids);
    for (int start = 0; start < sorted.size(); start += settings.idsPerRequest()) {
      List<String> batch = sorted.subList(start, Math.min(sorted.size(), start + settings.idsPerRequest()));
      StringBuilder feed = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          + "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
          + "  <title type=\"html\">ArXiv Query: id_list=" + String.join(",", batch) + "</title>\n"
          + "  <updated>2025-06-01T00:00:00-04:00</updated>\n");
      for (String id : batch) {
        JsonNode paper = papers.get(id);
        if (paper == null) {
          continue;
        }
        String published = paper.get("published").asText();
        feed.append("  <entry>\n")
            .append("    <id>http://arxiv.org/abs/").append(id).append("v1</id>\n")
            .append("    <updated>").append(published).append("</updated>\n")
            .append("    <published>").append(published).append("</published>\n")
            .append("    <title>").append(xml(paper.get("title").asText())).append("</title>\n")
            .append("    <summary>  ").append(xml(paper.get("abstract").asText())).append("\n</summary>\n");
        paper.get("categories").forEach(category -> feed.append("    <category term=\"").append(category.asText())
            .append("\" scheme=\"http://arxiv.org/schemas/atom\"/>\n"));
        feed.append("  </entry>\n");
      }
      feed.append("</feed>\n");
      archive.store(new ArchiveEntry("GET", client.url(batch).toString(), null, 200, "OK",
          List.of(List.of("Content-Type", "application/atom+xml; charset=utf-8")), feed.toString(), null, null,
          RECORDED_AT), null);
    }
  }

  private static String xml(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  // The listing entry of a model or dataset: the expanded fields in the Hub's order, cardData from the card's header.
  private static ObjectNode listed(JsonNode model, Path source, String cards) throws IOException {
    String id = model.get("id").asText();
    ObjectNode node = JSON.createObjectNode();
    node.put("_id", Hashes.sha1("mongo:" + id).substring(0, 24));
    node.put("id", id);
    node.set("likes", model.get("likes"));
    node.set("downloads", model.get("downloads"));
    node.set("tags", model.get("tags"));
    if (model.has("pipeline_tag") && !model.get("pipeline_tag").isNull()) {
      node.set("pipeline_tag", model.get("pipeline_tag"));
    }
    if (model.has("library_name") && !model.get("library_name").isNull()) {
      node.set("library_name", model.get("library_name"));
    }
    node.set("createdAt", model.get("createdAt"));
    node.set("lastModified", model.get("lastModified"));
    node.set("gated", model.get("gated"));
    node.put("sha", Hashes.sha1(id + "@" + model.get("lastModified").asText()));
    if (model.hasNonNull("safetensors")) {
      node.set("safetensors", model.get("safetensors"));
    }
    if (!model.get("card").isNull()) {
      CardFrontMatter.Split split = CardFrontMatter.split(card(source, model, cards));
      if (split.header() != null && split.closingLine() > 0) {
        try {
          JsonNode header = YAML.readTree(split.header());
          if (header != null && header.isObject()) {
            node.set("cardData", header);
          }
        } catch (IOException e) {
          // The Hub leaves cardData out when the header does not parse.
        }
      }
    }
    return node;
  }

  private static String card(Path source, JsonNode model, String cards) throws IOException {
    return Files.readString(source.resolve("hf").resolve(cards).resolve(model.get("card").asText()));
  }

  private static String cursor(JsonNode firstOfPage) {
    String position = "{\"$or\":[{\"downloads\":{\"$lt\":" + firstOfPage.get("downloads").asLong() + "}}]}";
    return Base64.getEncoder().encodeToString(position.getBytes(StandardCharsets.UTF_8));
  }

  private static List<List<String>> rateLimit(String bucket, int remaining) {
    int quota = bucket.equals("api") ? 500 : 3000;
    return List.of(
        List.of("RateLimit", "\"" + bucket + "\";r=" + remaining + ";t=" + (240 - (quota - remaining) % 60)),
        List.of("RateLimit-Policy", "\"fixed window\";\"" + bucket + "\";q=" + quota + ";w=300"));
  }
}

package io.hfmine.crawler.archive;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.hfmine.crawler.http.SafeUrl;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A directory of recorded HTTP exchanges: what {@code --record} writes and {@code --replay} reads.
 *
 * <p>Layout: {@code archive.json} (format, tool version, parameters) and one JSON file per
 * exchange under {@code entries/HOST/}, named after the path and query plus a hash of the full
 * key (method, URL, request-body hash), so a reader finds a response with {@code ls} and
 * {@code grep}. Secret-looking query parameters are masked before the key is made.
 */
public final class Archive {
  /** Version tag of the directory layout, written into {@code archive.json}. */
  public static final String FORMAT = "hfmine-archive/1";

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** Whether the archive is written, read, or not used. */
  public enum Mode { OFF, RECORD, REPLAY }

  private final Mode mode;
  private final Path directory;

  private Archive(Mode mode, Path directory) {
    this.mode = mode;
    this.directory = directory;
  }

  /** No archive: requests go to the network and nothing is kept. */
  public static Archive off() {
    return new Archive(Mode.OFF, null);
  }

  /** Records every exchange into {@code directory}, describing the run in {@code archive.json}. */
  public static Archive record(Path directory, String toolVersion, Map<String, String> parameters) {
    try {
      Files.createDirectories(directory.resolve("entries"));
      Map<String, Object> manifest = new LinkedHashMap<>();
      manifest.put("format", FORMAT);
      manifest.put("tool", toolVersion);
      manifest.put("createdAt", Instant.now().toString());
      manifest.put("parameters", parameters);
      Path file = directory.resolve("archive.json");
      if (!Files.exists(file)) {
        JSON.writeValue(file.toFile(), manifest);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create archive directory " + directory, e);
    }
    return new Archive(Mode.RECORD, directory);
  }

  /** Serves every request from {@code directory}; a missing response is an error naming the URL. */
  public static Archive replay(Path directory) {
    if (!Files.isRegularFile(directory.resolve("archive.json"))) {
      throw new IllegalArgumentException("--replay " + directory
          + " is not an hfmine archive (it has no archive.json)");
    }
    return new Archive(Mode.REPLAY, directory);
  }

  public Mode mode() {
    return mode;
  }

  public Path directory() {
    return directory;
  }

  /** The URL as it is keyed and stored: secret-looking query parameters masked. */
  public static String maskUrl(String url) {
    return SafeUrl.of(url);
  }

  /** The recorded exchange for a request, if any. */
  public Optional<ArchiveEntry> find(String method, String url, byte[] requestBody) {
    Path file = fileFor(method, maskUrl(url), requestBody);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(JSON.readValue(file.toFile(), ArchiveEntry.class));
    } catch (IOException e) {
      throw new UncheckedIOException("archive file " + file + " is not a valid entry: " + e.getMessage(), e);
    }
  }

  /** Stores an exchange atomically (a kill never leaves half a file), replacing an older one. */
  public void store(ArchiveEntry entry, byte[] requestBody) throws IOException {
    Path file = fileFor(entry.method(), entry.url(), requestBody);
    Files.createDirectories(file.getParent());
    Path partial = file.resolveSibling(file.getFileName() + ".part");
    JSON.writeValue(partial.toFile(), entry);
    Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /**
   * The URL with its query parameters sorted by name (values of one name keep their order), so a
   * client that builds the same query in another order still finds its answer.
   */
  static String canonicalQueryOrder(String url) {
    int query = url.indexOf('?');
    if (query < 0) {
      return url;
    }
    int fragment = url.indexOf('#', query);
    String params = fragment < 0 ? url.substring(query + 1) : url.substring(query + 1, fragment);
    List<String> sorted = new ArrayList<>(List.of(params.split("&")));
    sorted.sort(Comparator.comparing((String param) -> param.split("=", 2)[0]));
    return url.substring(0, query + 1) + String.join("&", sorted) + (fragment < 0 ? "" : url.substring(fragment));
  }

  /** SHA-256 of a request body, or null for none; part of the key of non-GET requests. */
  static String bodyHash(byte[] body) {
    return body == null || body.length == 0 ? null : sha256(body);
  }

  private Path fileFor(String method, String maskedUrl, byte[] requestBody) {
    URI uri = URI.create(canonicalQueryOrder(maskedUrl));
    String host = uri.getHost() == null ? "local" : uri.getHost();
    if (uri.getPort() > 0) {
      host = host + "_" + uri.getPort();
    }
    String pathAndQuery = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    String slug = pathAndQuery.replaceAll("[^A-Za-z0-9._-]+", "_").replaceAll("^_+|_+$", "");
    if (slug.length() > 80) {
      slug = slug.substring(0, 80);
    }
    String key = method.toUpperCase(Locale.ROOT) + " " + uri
        + (bodyHash(requestBody) == null ? "" : " " + bodyHash(requestBody));
    String hash = sha256(key.getBytes(StandardCharsets.UTF_8)).substring(0, 16);
    String name = method.toLowerCase(Locale.ROOT) + "_" + (slug.isEmpty() ? "root" : slug) + "-" + hash + ".json";
    return directory.resolve("entries").resolve(host).resolve(name);
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

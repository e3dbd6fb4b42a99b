package io.hfmine.crawler.archive;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.hfmine.crawler.http.SafeUrl;
import io.hfmine.datasets.files.AtomicFile;
import io.hfmine.datasets.files.DirectoryTree;
import io.hfmine.datasets.hashing.Hashes;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Recorded HTTP exchanges: what {@code --record} writes and {@code --replay} reads.
 *
 * <p>An archive is one ZIP file ({@link #FORMAT}): {@code archive.json} (format, tool version,
 * parameters) and one compressed JSON entry per exchange under {@code entries/HOST/}, named after
 * the path and query plus a hash of the full key (method, URL, request-body hash), so a reader
 * finds a response with {@code unzip -l} and {@code zipgrep}. Secret-looking query parameters are
 * masked before the key is made.
 *
 * <p>A recording writes each exchange into a folder beside the file ({@code NAME.parts/}, one
 * atomic file per exchange, so a kill loses nothing) and packs it into the file when the run ends;
 * a recording killed before that continues from the folder on the next {@code --record}. Archives
 * of the older folder form ({@link #FOLDER_FORMAT}, the same layout unpacked) are still read and
 * extended as they are; {@link #pack} turns one into the single file.
 *
 * <p>One process records into an archive at a time: a recording holds a lock file inside the
 * folder it writes ({@link #LOCK}) until it has packed, so a second {@code --record} of the same
 * archive is refused instead of mixing its exchanges into the first one's folder and having the
 * first one's packing delete them.
 */
public final class Archive implements Closeable {
  /** Version tag of the packed form, written into {@code archive.json}. */
  public static final String FORMAT = "hfmine-archive/2";
  /** Version tag of the older folder form (one JSON file per exchange). */
  public static final String FOLDER_FORMAT = "hfmine-archive/1";
  /** The manifest's name, in the file or the folder. */
  public static final String MANIFEST = "archive.json";
  /** The folder a recording into {@code NAME} writes before packing. */
  public static final String PARTS_SUFFIX = ".parts";
  /** The lock file a recording holds inside the folder it writes; never packed. */
  public static final String LOCK = ".recording.lock";

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  // A fixed entry time keeps packing deterministic: the same exchanges give the same bytes.
  private static final long ENTRY_TIME = Instant.parse("2000-01-01T00:00:00Z").toEpochMilli();

  /** Whether the archive is written, read, or not used. */
  public enum Mode { OFF, RECORD, REPLAY }

  private final Mode mode;
  private final Path location;
  private final Path folder;
  private final ZipFile zip;
  private final boolean packOnClose;
  private final FileLock lock;

  private Archive(Mode mode, Path location, Path folder, ZipFile zip, boolean packOnClose, FileLock lock) {
    this.mode = mode;
    this.location = location;
    this.folder = folder;
    this.zip = zip;
    this.packOnClose = packOnClose;
    this.lock = lock;
  }

  private Archive(Mode mode, Path location, Path folder, ZipFile zip, boolean packOnClose) {
    this(mode, location, folder, zip, packOnClose, null);
  }

  /** No archive: requests go to the network and nothing is kept. */
  public static Archive off() {
    return new Archive(Mode.OFF, null, null, null, false);
  }

  /**
   * Records every exchange into {@code location}: the one file (created, or extended when it
   * exists), or an existing archive folder of the older form, extended in place.
   */
  public static Archive record(Path location, String toolVersion, Map<String, String> parameters) {
    try {
      if (isFolderArchive(location)) {
        return new Archive(Mode.RECORD, location, location, null, false, lock(location, location));
      }
      if (Files.isDirectory(location)) {
        throw new IllegalArgumentException("--record " + location + " is a directory; an archive is one file "
            + "(for example " + location + ".zip)");
      }
      Path parts = partsOf(location);
      Files.createDirectories(parts);
      FileLock lock = lock(location, parts);
      try {
        Path manifest = parts.resolve(MANIFEST);
        // The manifest is unpacked last, so a folder without one is an unpacking cut short: unpack again.
        if (!Files.exists(manifest) && Files.isRegularFile(location)) {
          unpack(location, parts);
        }
        Files.createDirectories(parts.resolve("entries"));
        if (!Files.exists(manifest)) {
          Map<String, Object> fields = new LinkedHashMap<>();
          fields.put("format", FORMAT);
          fields.put("tool", toolVersion);
          fields.put("createdAt", Instant.now().toString());
          fields.put("parameters", parameters);
          JSON.writeValue(manifest.toFile(), fields);
        }
        return new Archive(Mode.RECORD, location, parts, null, true, lock);
      } catch (IOException | RuntimeException e) {
        release(lock);
        throw e;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot record into the archive " + location + ": " + e.getMessage(), e);
    }
  }

  /** Serves every request from {@code location}; a missing response is an error naming the URL. */
  public static Archive replay(Path location) {
    if (isFolderArchive(location)) {
      return new Archive(Mode.REPLAY, location, location, null, false);
    }
    if (!Files.isRegularFile(location)) {
      String unfinished = Files.isDirectory(partsOf(location))
          ? "; " + partsOf(location) + " holds an unfinished recording: run the same command with --record "
              + location + " to finish it" : "";
      throw new IllegalArgumentException("--replay " + location + " is not an hfmine archive (no such file, nor a "
          + "folder with " + MANIFEST + ")" + unfinished);
    }
    ZipFile zip;
    try {
      zip = new ZipFile(location.toFile());
    } catch (ZipException e) {
      throw new IllegalArgumentException("--replay " + location + " is not an hfmine archive (not a ZIP file: "
          + e.getMessage() + ")", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the archive " + location + ": " + e.getMessage(), e);
    }
    if (zip.getEntry(MANIFEST) == null) {
      closeQuietly(zip);
      throw new IllegalArgumentException("--replay " + location + " is not an hfmine archive (it has no " + MANIFEST
          + ")");
    }
    return new Archive(Mode.REPLAY, location, null, zip, false);
  }

  /** Whether {@code path} is an archive of the older folder form. */
  public static boolean isFolderArchive(Path path) {
    return path != null && Files.isDirectory(path) && Files.isRegularFile(path.resolve(MANIFEST));
  }

  private static FileLock lock(Path location, Path folder) throws IOException {
    Path file = folder.resolve(LOCK);
    FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null;
    }
    if (lock == null) {
      channel.close();
      throw new IllegalArgumentException("--record " + location + ": another run is recording into this archive "
          + "(it holds " + file + "); wait for it to end, or record into another file");
    }
    return lock;
  }

  private static void release(FileLock lock) throws IOException {
    if (lock != null) {
      lock.release();
      lock.channel().close();
    }
  }

  private static Path partsOf(Path location) {
    return location.resolveSibling(location.getFileName() + PARTS_SUFFIX);
  }

  public Mode mode() {
    return mode;
  }

  /** The archive as the user named it: the file, or a folder of the older form. */
  public Path location() {
    return location;
  }

  /** Whether this archive is of the older folder form. */
  public boolean folderForm() {
    return folder != null && folder.equals(location);
  }

  /** The URL as it is keyed and stored: secret-looking query parameters masked. */
  public static String maskUrl(String url) {
    return SafeUrl.of(url);
  }

  /** The recorded exchange for a request, if any. */
  public Optional<ArchiveEntry> find(String method, String url, byte[] requestBody) {
    String name = entryName(method, maskUrl(url), requestBody);
    try {
      if (zip != null) {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
          return Optional.empty();
        }
        try (InputStream in = zip.getInputStream(entry)) {
          return Optional.of(JSON.readValue(in, ArchiveEntry.class));
        }
      }
      Path file = folder.resolve(name);
      return Files.isRegularFile(file) ? Optional.of(JSON.readValue(file.toFile(), ArchiveEntry.class))
          : Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("archive " + location + ", entry " + name + " is not a valid exchange: "
          + e.getMessage(), e);
    }
  }

  /** Stores an exchange atomically (a kill never leaves half a file), replacing an older one. */
  public void store(ArchiveEntry entry, byte[] requestBody) throws IOException {
    if (mode != Mode.RECORD) {
      throw new IllegalStateException("archive " + location + " is not being recorded");
    }
    Path file = folder.resolve(entryName(entry.method(), entry.url(), requestBody));
    // Its temporary, left behind by a killed recording, is one packing skips.
    AtomicFile.at(file).write(out -> JSON.writeValue(out, entry));
  }

  /** Ends a recording by packing it into its file (then removing the parts); closes a replayed file. */
  @Override
  public void close() throws IOException {
    if (zip != null) {
      zip.close();
    }
    try {
      if (packOnClose && Files.isDirectory(folder)) {
        pack(folder, location);
        // Deleted while still locked: a run waiting to record then starts from the packed file.
        DirectoryTree.delete(folder);
      } else if (lock != null) {
        Files.deleteIfExists(folder.resolve(LOCK));
      }
    } finally {
      release(lock);
    }
  }

  /** What a killed recording leaves: its parts, unpacked and no longer locked (for tests of resuming). */
  void releaseWithoutPacking() throws IOException {
    release(lock);
  }

  /**
   * Packs an archive folder (the older form, or a recording's parts) into one ZIP file, written
   * beside it and moved into place, so a failure leaves the old file whole. Entries are sorted and
   * carry a fixed time, so packing the same exchanges gives the same bytes; the manifest's format
   * becomes {@link #FORMAT}. Returns the number of exchanges.
   */
  public static int pack(Path source, Path file) throws IOException {
    if (!Files.isRegularFile(source.resolve(MANIFEST))) {
      throw new IOException(source + " is not an archive folder (it has no " + MANIFEST + ")");
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(source)) {
      files = walk.filter(Files::isRegularFile)
          .filter(path -> !AtomicFile.isTemporary(path))
          .filter(path -> !path.getFileName().toString().equals(LOCK))
          .sorted(Comparator.comparing(path -> relative(source, path)))
          .toList();
    }
    // The archive is meant to be shared: a plain new file's permissions, not owner-only ones.
    AtomicFile.at(file.toAbsolutePath()).write(out -> {
      try (java.util.zip.ZipOutputStream zipped = new java.util.zip.ZipOutputStream(out)) {
        zipped.setLevel(9);
        for (Path path : files) {
          String name = relative(source, path);
          byte[] bytes = name.equals(MANIFEST) ? packedManifest(path) : Files.readAllBytes(path);
          ZipEntry entry = new ZipEntry(name);
          entry.setTime(ENTRY_TIME);
          zipped.putNextEntry(entry);
          zipped.write(bytes);
          zipped.closeEntry();
        }
      }
    });
    return (int) files.stream().filter(path -> relative(source, path).startsWith("entries/")).count();
  }

  /** Writes every entry of an archive file into {@code folder} (the layout of the folder form). */
  public static void unpack(Path file, Path folder) throws IOException {
    Path root = folder.toAbsolutePath().normalize();
    try (ZipFile zip = new ZipFile(file.toFile())) {
      List<ZipEntry> entries = new ArrayList<>(java.util.Collections.list(zip.entries()));
      // The manifest last: a folder that has one holds every entry (see record).
      entries.sort(Comparator.comparing((ZipEntry entry) -> entry.getName().equals(MANIFEST)));
      for (ZipEntry entry : entries) {
        Path target = root.resolve(entry.getName()).normalize();
        if (!target.startsWith(root)) {
          throw new IOException("archive " + file + " has an entry outside its root: " + entry.getName());
        }
        if (entry.isDirectory()) {
          continue;
        }
        Files.createDirectories(target.getParent());
        try (InputStream in = zip.getInputStream(entry)) {
          Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } catch (ZipException e) {
      throw new IOException(file + " is not an hfmine archive (not a ZIP file: " + e.getMessage() + ")", e);
    }
  }

  private static byte[] packedManifest(Path manifest) throws IOException {
    Map<?, ?> fields = JSON.readValue(manifest.toFile(), LinkedHashMap.class);
    @SuppressWarnings("unchecked")
    Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) fields);
    copy.put("format", FORMAT);
    return (JSON.writeValueAsString(copy) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  private static String relative(Path root, Path path) {
    return root.relativize(path).toString().replace('\\', '/');
  }

  private static void closeQuietly(ZipFile zip) {
    try {
      zip.close();
    } catch (IOException ignored) {
      // only the refusal matters
    }
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
    return body == null || body.length == 0 ? null : Hashes.sha256(body);
  }

  /** The entry's name inside the archive: {@code entries/HOST/method_slug-hash.json}. */
  private static String entryName(String method, String maskedUrl, byte[] requestBody) {
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
    String hash = Hashes.sha256(key).substring(0, 16);
    String name = method.toLowerCase(Locale.ROOT) + "_" + (slug.isEmpty() ? "root" : slug) + "-" + hash + ".json";
    return "entries/" + host + "/" + name;
  }
}

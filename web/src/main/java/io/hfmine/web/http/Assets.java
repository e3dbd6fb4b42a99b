package io.hfmine.web.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;

/**
 * The stylesheet and script, read from the classpath by name from a fixed list: no request
 * path ever reaches the file system, so no URL can walk out of the assets.
 */
public final class Assets {
  /** A served file: its bytes and media type. */
  public record Asset(byte[] bytes, String mediaType) {
  }

  private static final Map<String, String> TYPES = Map.of(
      "app.css", "text/css; charset=utf-8",
      "app.js", "text/javascript; charset=utf-8");

  private final Map<String, Asset> assets;

  public Assets() {
    java.util.HashMap<String, Asset> loaded = new java.util.HashMap<>();
    TYPES.forEach((name, type) -> loaded.put(name, new Asset(read(name), type)));
    assets = Map.copyOf(loaded);
  }

  public Optional<Asset> find(String name) {
    return Optional.ofNullable(assets.get(name));
  }

  private static byte[] read(String name) {
    try (InputStream in = Assets.class.getResourceAsStream("/io/hfmine/web/assets/" + name)) {
      if (in == null) {
        throw new IllegalStateException("asset " + name + " is missing from the hfmine-web jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

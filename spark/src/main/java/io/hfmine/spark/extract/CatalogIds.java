package io.hfmine.spark.extract;

import io.hfmine.analyzers.usage.canonical.ModelCatalog;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The model catalog as it is broadcast: the ids as one UTF-8 block, one a line, so the broadcast
 * is a single array (about 30 bytes an id) instead of millions of objects to serialise. Each
 * executor turns it into a {@link ModelCatalog} once.
 */
public final class CatalogIds implements Serializable {
  private static final long serialVersionUID = 1L;
  /** No catalog: ids are kept as written, as {@code usage scan} does. */
  public static final CatalogIds NONE = new CatalogIds(null, 0);

  private final byte[] lines;
  private final int count;

  private CatalogIds(byte[] lines, int count) {
    this.lines = lines;
    this.count = count;
  }

  public static CatalogIds of(Collection<String> ids) {
    StringBuilder text = new StringBuilder(ids.size() * 32);
    int count = 0;
    for (String id : ids) {
      String trimmed = id == null ? "" : id.strip();
      if (trimmed.isEmpty()) {
        continue;
      }
      if (trimmed.indexOf('\n') >= 0) {
        throw new IllegalArgumentException("model id with a line break: " + trimmed);
      }
      text.append(trimmed).append('\n');
      count++;
    }
    return new CatalogIds(text.toString().getBytes(StandardCharsets.UTF_8), count);
  }

  public int count() {
    return count;
  }

  /** Bytes this catalog takes in a broadcast. */
  public long bytes() {
    return lines == null ? 0 : lines.length;
  }

  public ModelCatalog toCatalog() {
    if (lines == null) {
      return ModelCatalog.NONE;
    }
    List<String> ids = new ArrayList<>(count);
    int start = 0;
    for (int i = 0; i < lines.length; i++) {
      if (lines[i] == '\n') {
        ids.add(new String(lines, start, i - start, StandardCharsets.UTF_8));
        start = i + 1;
      }
    }
    return ModelCatalog.of(ids);
  }
}

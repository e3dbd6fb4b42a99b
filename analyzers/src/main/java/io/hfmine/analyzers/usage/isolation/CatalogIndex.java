package io.hfmine.analyzers.usage.isolation;

import io.hfmine.analyzers.usage.canonical.ModelCatalog;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The model catalog as a sorted file that extraction workers search in place, memory-mapped,
 * instead of each reading every id of the Hub into its own heap: a worker starts without
 * loading anything, and all of them share the file's pages in the operating system's cache.
 *
 * <p>Layout (big-endian): the magic {@code HFCATIX1}, the entry count, one offset per entry,
 * then the entries sorted by their lower-cased id's UTF-8 bytes, each a length-prefixed
 * lower-cased id and the catalog's spelling of it.
 */
final class CatalogIndex {
  private static final byte[] MAGIC = "HFCATIX1".getBytes(StandardCharsets.US_ASCII);

  private CatalogIndex() {
  }

  /** Writes the catalog's ids (as it spells them) to {@code file}. */
  static void write(ModelCatalog catalog, Path file) throws IOException {
    List<byte[][]> entries = new ArrayList<>();
    for (String id : catalog.ids()) {
      entries.add(new byte[][] {id.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8),
          id.getBytes(StandardCharsets.UTF_8)});
    }
    entries.sort((a, b) -> Arrays.compareUnsigned(a[0], b[0]));
    try (OutputStream stream = Files.newOutputStream(file);
         DataOutputStream out = new DataOutputStream(new BufferedOutputStream(stream, 1 << 16))) {
      out.write(MAGIC);
      out.writeInt(entries.size());
      long offset = 0;
      for (byte[][] entry : entries) {
        if (offset > Integer.MAX_VALUE) {
          throw new IOException("the model catalog is too large for an index file");
        }
        out.writeInt((int) offset);
        offset += 4 + entry[0].length + entry[1].length;
      }
      for (byte[][] entry : entries) {
        if (entry[1].length > 0xFFFF) {
          throw new IOException("a model id of " + entry[1].length + " bytes is too long for the catalog index");
        }
        out.writeShort(entry[0].length);
        out.write(entry[0]);
        out.writeShort(entry[1].length);
        out.write(entry[1]);
      }
    }
  }

  /** A catalog that answers from the index file without reading it into memory. */
  static ModelCatalog open(Path file) throws IOException {
    MappedByteBuffer map;
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      map = channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
    }
    map.order(ByteOrder.BIG_ENDIAN);
    byte[] magic = new byte[MAGIC.length];
    map.get(0, magic);
    if (!Arrays.equals(magic, MAGIC)) {
      throw new IOException(file + " is not a model catalog index");
    }
    int count = map.getInt(MAGIC.length);
    int offsets = MAGIC.length + 4;
    int data = offsets + 4 * count;
    return ModelCatalog.lookingUp(lowerCase -> {
      byte[] key = lowerCase.getBytes(StandardCharsets.UTF_8);
      int low = 0;
      int high = count - 1;
      while (low <= high) {
        int middle = (low + high) >>> 1;
        int at = data + map.getInt(offsets + 4 * middle);
        int keyLength = Short.toUnsignedInt(map.getShort(at));
        int order = compare(map, at + 2, keyLength, key);
        if (order < 0) {
          low = middle + 1;
        } else if (order > 0) {
          high = middle - 1;
        } else {
          int valueAt = at + 2 + keyLength;
          byte[] value = new byte[Short.toUnsignedInt(map.getShort(valueAt))];
          map.get(valueAt + 2, value);
          return new String(value, StandardCharsets.UTF_8);
        }
      }
      return null;
    });
  }

  /** Compares the bytes at {@code [at, at + length)} with {@code key}, unsigned, like the sort. */
  private static int compare(MappedByteBuffer map, int at, int length, byte[] key) {
    int common = Math.min(length, key.length);
    for (int i = 0; i < common; i++) {
      int order = Integer.compare(map.get(at + i) & 0xFF, key[i] & 0xFF);
      if (order != 0) {
        return order;
      }
    }
    return Integer.compare(length, key.length);
  }
}

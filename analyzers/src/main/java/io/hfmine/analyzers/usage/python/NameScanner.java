package io.hfmine.analyzers.usage.python;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Finds where a file's names of interest (imported names, loaded objects such as {@code model}
 * or {@code self.model}) start a reference: whole identifiers, not after a dot.
 *
 * <p>Built per file, so it must be cheap to build: a small hash table keyed by the first
 * identifier of each name, probed once per identifier of the text (an Aho-Corasick table
 * would cost more to build than the scan it saves).
 */
final class NameScanner {
  /** Letters, digits, underscore and every byte of a multi-byte UTF-8 character: one load per byte. */
  private static final boolean[] IDENTIFIER_BYTES = identifierBytes();

  private final List<String> names;
  private final byte[][] nameBytes;
  private final int[] firstSegmentLengths;
  /** Open addressing by first-segment hash: slot → indexes of names sharing that slot. */
  private final int[][] slots;
  private final long[] slotHashes;
  private final int mask;

  NameScanner(Collection<String> wanted) {
    this.names = List.copyOf(wanted);
    this.nameBytes = new byte[names.size()][];
    this.firstSegmentLengths = new int[names.size()];
    int capacity = Integer.highestOneBit(Math.max(4, names.size() * 4) - 1) << 1;
    this.slots = new int[capacity][];
    this.slotHashes = new long[capacity];
    this.mask = capacity - 1;
    for (int n = 0; n < names.size(); n++) {
      byte[] bytes = names.get(n).getBytes(StandardCharsets.UTF_8);
      nameBytes[n] = bytes;
      int segment = 0;
      while (segment < bytes.length && isIdentifierByte(bytes[segment])) {
        segment++;
      }
      firstSegmentLengths[n] = segment;
      if (segment == 0) {
        continue; // not a name a reference can start with
      }
      long hash = hash(bytes, 0, segment);
      int slot = (int) hash & mask;
      while (slots[slot] != null && slotHashes[slot] != hash) {
        slot = (slot + 1) & mask;
      }
      slotHashes[slot] = hash;
      int[] members = slots[slot] == null ? new int[0] : slots[slot];
      members = Arrays.copyOf(members, members.length + 1);
      members[members.length - 1] = n;
      slots[slot] = members;
    }
  }

  List<String> names() {
    return names;
  }

  /** Reports each occurrence starting in {@code [from, to)} and ending by {@code to}: the name's index and offset. */
  void forEachOccurrence(byte[] text, int from, int to, Occurrence sink) {
    int end = Math.min(to, text.length);
    int i = Math.max(0, from);
    while (i < end) {
      if (!isIdentifierByte(text[i])) {
        i++;
        continue;
      }
      int start = i;
      long hash = 17;
      while (i < text.length && isIdentifierByte(text[i])) {
        hash = hash * 31 + text[i];
        i++;
      }
      if (start > 0 && text[start - 1] == '.') {
        continue; // an attribute (x.model), not a reference to the name
      }
      int slot = (int) hash & mask;
      while (slots[slot] != null) {
        if (slotHashes[slot] == hash) {
          for (int n : slots[slot]) {
            if (matchesAt(text, start, i - start, n, end)) {
              sink.found(n, start);
            }
          }
          break;
        }
        slot = (slot + 1) & mask;
      }
    }
  }

  private boolean matchesAt(byte[] text, int start, int segmentLength, int n, int end) {
    byte[] name = nameBytes[n];
    if (segmentLength != firstSegmentLengths[n] || start + name.length > end) {
      return false;
    }
    for (int k = 0; k < name.length; k++) {
      if (text[start + k] != name[k]) {
        return false;
      }
    }
    int after = start + name.length;
    return after >= text.length || !isIdentifierByte(text[after]);
  }

  private static long hash(byte[] bytes, int from, int to) {
    long hash = 17;
    for (int i = from; i < to; i++) {
      hash = hash * 31 + bytes[i];
    }
    return hash;
  }

  static boolean isIdentifierByte(byte b) {
    return IDENTIFIER_BYTES[b & 0xFF];
  }

  private static boolean[] identifierBytes() {
    boolean[] table = new boolean[256];
    for (int b = 0; b < 256; b++) {
      table[b] = b == '_' || (b >= '0' && b <= '9') || (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || b >= 0x80;
    }
    return table;
  }

  /** Receives occurrences from {@link #forEachOccurrence}. */
  @FunctionalInterface
  interface Occurrence {
    void found(int nameIndex, int start);
  }

  /** For tests: every (name, offset) found in the whole text. */
  List<String> occurrences(byte[] text) {
    List<String> found = new ArrayList<>();
    forEachOccurrence(text, 0, text.length, (n, start) -> found.add(names.get(n) + "@" + start));
    return found;
  }
}

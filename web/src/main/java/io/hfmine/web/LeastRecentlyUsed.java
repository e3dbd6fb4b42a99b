package io.hfmine.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The map the server keeps computed results in: bounded, the least recently read entry going first
 * once {@code capacity} are held. Not synchronised; its owner guards it.
 */
public final class LeastRecentlyUsed {
  private LeastRecentlyUsed() {
  }

  /** An empty map holding at most {@code capacity} entries. */
  public static <K, V> Map<K, V> map(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1; got " + capacity);
    }
    return new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > capacity;
      }
    };
  }
}

package io.hfmine.bench.usage;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The most heap a run had in use at once. Used heap only grows between collections, so its
 * peak is the largest total seen just before a collection, or at the end: read from the
 * collectors' own notifications, exactly and without sampling.
 */
final class HeapPeak implements AutoCloseable {
  private final AtomicLong peak = new AtomicLong();
  private final AtomicLong collections = new AtomicLong();
  private final AtomicLong pauseMillis = new AtomicLong();
  private final List<Runnable> detach = new ArrayList<>();

  HeapPeak() {
    NotificationListener listener = (notification, handback) -> {
      if (!notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
        return;
      }
      GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
          (CompositeData) notification.getUserData());
      long before = 0;
      for (MemoryUsage usage : info.getGcInfo().getMemoryUsageBeforeGc().values()) {
        before += usage.getUsed();
      }
      // Non-heap pools (metaspace, code cache) are in the map too; take them off.
      before -= nonHeap(info);
      peak.accumulateAndGet(before, Math::max);
      collections.incrementAndGet();
      pauseMillis.addAndGet(info.getGcInfo().getDuration());
    };
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (collector instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener(listener, null, null);
        detach.add(() -> {
          try {
            emitter.removeNotificationListener(listener);
          } catch (javax.management.ListenerNotFoundException e) {
            // already gone
          }
        });
      }
    }
  }

  private static long nonHeap(GarbageCollectionNotificationInfo info) {
    long total = 0;
    for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == java.lang.management.MemoryType.NON_HEAP) {
        MemoryUsage usage = info.getGcInfo().getMemoryUsageBeforeGc().get(pool.getName());
        if (usage != null) {
          total += usage.getUsed();
        }
      }
    }
    return total;
  }

  /** The peak so far, counting what is in use now. */
  long bytes() {
    return Math.max(peak.get(), ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
  }

  long collections() {
    return collections.get();
  }

  long pauseMillis() {
    return pauseMillis.get();
  }

  @Override
  public void close() {
    detach.forEach(Runnable::run);
  }
}

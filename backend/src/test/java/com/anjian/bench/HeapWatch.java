package com.anjian.bench;

import com.sun.management.GarbageCollectionNotificationInfo;

import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Heap growth while some work runs, measured two ways from the same starting point (the heap used
 * just after a full collection):
 * <ul>
 *   <li>{@code retained}: the highest heap use right after any collection during the work, i.e. what
 *   the collector could not free: the live set plus whatever garbage had been promoted and not yet
 *   collected (an upper bound of what the work holds);</li>
 *   <li>{@code peak}: the highest heap use sampled every 10 ms, garbage not yet collected included,
 *   which mostly says how far the young generation was let to fill before it was collected.</li>
 * </ul>
 */
final class HeapWatch {

    record Growth(long retained, long peak, int collections) {
    }

    private HeapWatch() {
    }

    static Growth during(Comparison.Side work) throws Exception {
        var memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long start = memory.getHeapMemoryUsage().getUsed();
        Set<String> heapPools = new HashSet<>();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                heapPools.add(pool.getName());
            }
        }
        AtomicLong retained = new AtomicLong(start);
        AtomicLong peak = new AtomicLong(start);
        AtomicInteger collections = new AtomicInteger();
        NotificationListener afterGc = (Notification notification, Object handback) -> {
            if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                return;
            }
            var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
            long used = 0;
            for (var pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                if (heapPools.contains(pool.getKey())) { // not metaspace or code cache
                    used += pool.getValue().getUsed();
                }
            }
            retained.accumulateAndGet(used, Math::max);
            collections.incrementAndGet();
        };
        List<NotificationEmitter> emitters = new ArrayList<>();
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(afterGc, null, null);
                emitters.add(emitter);
            }
        }
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (running.get()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.start();
        try {
            work.run();
        } finally {
            running.set(false);
            sampler.join();
            // Notifications are delivered on their own thread, a moment after the collection.
            Thread.sleep(100);
            for (NotificationEmitter emitter : emitters) {
                emitter.removeNotificationListener(afterGc);
            }
        }
        return new Growth(retained.get() - start, peak.get() - start, collections.get());
    }
}

package com.anjian.attachment;

import com.anjian.common.AnjianConfig;
import com.anjian.common.time.BusinessClock;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Instant;

/**
 * Uploads are made before the step that uses them; one that no step used within
 * anjian.storage.unbound-expiry (a day) was abandoned (a closed dialog, a lost connection) and was
 * never part of any record, so it goes, row and files, instead of filling the store.
 */
@ApplicationScoped
public class UnboundUploadCleanup {

    private static final Logger LOG = Logger.getLogger(UnboundUploadCleanup.class);
    private static final int BATCH = 200;

    @Inject
    AttachmentService attachments;

    @Inject
    AnjianConfig config;

    @Inject
    BusinessClock clock;

    @Scheduled(cron = "{anjian.storage.unbound-cleanup-cron}", timeZone = "{anjian.zone}", identity = "unbound-upload-cleanup",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        int removed = run();
        LOG.infof("unbound upload clean-up: %d upload(s) removed", removed);
    }

    /** Removes every expired unbound upload as of now (by the business clock); returns how many. */
    public int run() {
        Instant cutoff = clock.now().minus(config.storage().unboundExpiry());
        int total = 0;
        int removed;
        // One short transaction per batch, so a large backlog never holds locks for long.
        do {
            removed = attachments.removeUnboundBefore(cutoff, BATCH);
            total += removed;
        } while (removed == BATCH);
        return total;
    }
}

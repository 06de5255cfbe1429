package com.anjian.attachment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Ties files to the transaction of their rows, so the store never holds a file without its row:
 * a file written in a transaction that does not commit is removed again, and a file whose row is
 * deleted goes only once that deletion has committed.
 */
@ApplicationScoped
public class TransactionalFiles {

    private static final Logger LOG = Logger.getLogger(TransactionalFiles.class);

    @Inject
    FileStore store;

    @Inject
    TransactionSynchronizationRegistry transactions;

    /** Writes the file as part of the current transaction: unless it commits, the file is removed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void put(String key, Path source) throws IOException {
        // Registered first, so a write that fails half-way is cleaned up too.
        afterCompletion(committed -> {
            if (!committed) {
                delete(List.of(key));
            }
        });
        store.put(key, source);
    }

    /** Removes the files once the current transaction (which deletes their rows) has committed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void deleteAfterCommit(List<String> keys) {
        if (!keys.isEmpty()) {
            afterCompletion(committed -> {
                if (committed) {
                    delete(keys);
                }
            });
        }
    }

    private void afterCompletion(java.util.function.Consumer<Boolean> action) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                action.accept(status == Status.STATUS_COMMITTED);
            }
        });
    }

    private void delete(List<String> keys) {
        for (String key : keys) {
            try {
                store.delete(key);
            } catch (IOException | RuntimeException e) {
                LOG.warnf(e, "could not remove attachment file %s", key);
            }
        }
    }
}

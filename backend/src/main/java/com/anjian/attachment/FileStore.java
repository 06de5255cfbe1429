package com.anjian.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Where attachment bytes live. {@link LocalFileStore} keeps them in a folder; a cloud object store
 * (OSS, S3, MinIO) can implement the same operations. Files are written and removed only through
 * {@link TransactionalFiles}, so a file exists exactly when its row does.
 */
public interface FileStore {

    /** Stores the file under the key, atomically: the key is either complete or absent. */
    void put(String key, Path source) throws IOException;

    InputStream open(String key) throws IOException;

    boolean exists(String key);

    /**
     * Removes the file if it is there. Only for files that never became part of a record: an upload
     * whose transaction rolled back, or one that no step used before it expired.
     */
    void delete(String key) throws IOException;
}

package com.anjian.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Where attachment bytes live. {@link LocalFileStore} keeps them in a folder; a cloud object store
 * (OSS, S3, MinIO) can implement the same three operations. Nothing is ever deleted through it.
 */
public interface FileStore {

    /** Stores the file under the key, atomically: the key is either complete or absent. */
    void put(String key, Path source) throws IOException;

    InputStream open(String key) throws IOException;

    boolean exists(String key);
}

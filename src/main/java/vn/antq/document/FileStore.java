package vn.antq.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.UUID;

/**
 * Where file contents live: each content is kept once, addressed by its SHA-256. PostgreSQL is the store
 * ({@link PostgresFileStore}), so that a backup of the database holds the files; an object store
 * (S3-compatible) would be another implementation of this interface.
 */
public interface FileStore {

    /** A stored content: its id in the store, its SHA-256 (lowercase hex) and size in bytes. */
    record Stored(UUID contentId, String sha256, long size) {
    }

    /**
     * Streams {@code body} into the store inside the caller's transaction, computing its SHA-256 as it
     * goes, never holding more than one chunk; the same bytes stored before are kept once.
     *
     * @param sniffer sees every chunk before it is stored, and may refuse the content by throwing
     * @throws TooLarge when the body has more than {@code maxBytes} bytes (nothing is kept: the caller's
     *                  transaction rolls back)
     */
    Stored store(InputStream body, long maxBytes, ChunkSniffer sniffer) throws IOException;

    /** Writes {@code length} bytes of the content from offset {@code from} to {@code out}, outside any transaction. */
    void read(UUID contentId, long from, long length, OutputStream out) throws IOException;

    /** Looks at each chunk of a content as it is stored. */
    interface ChunkSniffer {
        void chunk(byte[] data, int length);
    }

    /** A body larger than allowed. */
    final class TooLarge extends RuntimeException {
        public TooLarge(long maxBytes) {
            super("larger than " + maxBytes + " bytes");
        }
    }
}

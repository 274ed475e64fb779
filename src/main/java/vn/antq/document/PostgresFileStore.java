package vn.antq.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * File contents in PostgreSQL: {@code file_content} (one row per distinct content, by SHA-256) and its
 * 1 MiB chunks in {@code file_chunk}. Contents are written in the caller's transaction (a refused or
 * failed upload leaves nothing) and read chunk by chunk, one short query each, so that a download never
 * holds a connection or more than a chunk while the client reads.
 */
@ApplicationScoped
public class PostgresFileStore implements FileStore {

    static final int CHUNK = 1 << 20;

    @Inject
    EntityManager em;
    @Inject
    DataSource dataSource;

    @Override
    public Stored store(InputStream body, long maxBytes, ChunkSniffer sniffer) throws IOException {
        MessageDigest digest = sha256();
        UUID contentId = UUID.randomUUID();
        em.createNativeQuery("insert into file_content (id) values (:id)").setParameter("id", contentId).executeUpdate();
        long size = 0;
        byte[] buffer = new byte[CHUNK];
        try (InputStream in = new DigestInputStream(body, digest)) {
            for (int seq = 0; ; seq++) {
                int read = in.readNBytes(buffer, 0, CHUNK);
                if (read == 0) {
                    break;
                }
                size += read;
                if (size > maxBytes) {
                    throw new TooLarge(maxBytes);
                }
                sniffer.chunk(buffer, read);
                em.createNativeQuery("insert into file_chunk (content_id, seq, data) values (:id, :seq, :data)")
                        .setParameter("id", contentId)
                        .setParameter("seq", seq)
                        .setParameter("data", read == CHUNK ? buffer : Arrays.copyOf(buffer, read))
                        .executeUpdate();
                if (read < CHUNK) {
                    break;
                }
            }
        }
        String sha = HexFormat.of().formatHex(digest.digest());
        // Two uploads of the same bytes at once: the second waits here and then finds the first's content.
        em.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(:sha, 7))").setParameter("sha", sha).getSingleResult();
        @SuppressWarnings("unchecked")
        List<UUID> existing = em.createNativeQuery("select id from file_content where sha256 = :sha")
                .setParameter("sha", sha).getResultList();
        if (!existing.isEmpty()) {
            em.createNativeQuery("delete from file_content where id = :id").setParameter("id", contentId).executeUpdate();
            return new Stored(existing.get(0), sha, size);
        }
        em.createNativeQuery("update file_content set sha256 = :sha, size = :size where id = :id")
                .setParameter("sha", sha).setParameter("size", size).setParameter("id", contentId).executeUpdate();
        return new Stored(contentId, sha, size);
    }

    @Override
    public void read(UUID contentId, long from, long length, OutputStream out) throws IOException {
        long position = from;
        long end = from + length;
        while (position < end) {
            int seq = (int) (position / CHUNK);
            int offset = (int) (position % CHUNK);
            int count = (int) Math.min(CHUNK - offset, end - position);
            byte[] bytes = chunk(contentId, seq, offset, count);
            if (bytes.length == 0) {
                throw new IOException("content " + contentId + " ends before byte " + position);
            }
            out.write(bytes);
            position += bytes.length;
        }
    }

    private byte[] chunk(UUID contentId, int seq, int offset, int count) throws IOException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "select substring(data from ? for ?) from file_chunk where content_id = ? and seq = ?")) {
            query.setInt(1, offset + 1);
            query.setInt(2, count);
            query.setObject(3, contentId);
            query.setInt(4, seq);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getBytes(1) : new byte[0];
            }
        } catch (SQLException e) {
            throw new IOException("could not read content " + contentId, e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

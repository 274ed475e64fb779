package vn.antq.safety;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The first row of a file naming each subject in a year. Its keys are kept as UTF-8 bytes in pages and found
 * through an open-addressing table of ints, so that the 200,000 rows of a large file cost a few megabytes
 * rather than a map of objects, and a key is compared whole, never only by its hash.
 */
final class FirstRows {

    private static final int PAGE = 1 << 20;

    /** Each key as its length in two bytes, then its bytes. */
    private final List<byte[]> pages = new ArrayList<>();
    private int pageUsed = PAGE;
    /** Per slot: where its key starts in the pages, plus one (0: the slot is free); its hash; its row. */
    private int[] starts = new int[1 << 12];
    private int[] hashes = new int[starts.length];
    private int[] lines = new int[starts.length];
    private int size;

    /** The row that first named the subject in the year, or 0 when none did and {@code line} now does. */
    int putIfAbsent(String key, int year, int line) {
        byte[] bytes = (year + ":" + key).getBytes(StandardCharsets.UTF_8);
        int hash = Arrays.hashCode(bytes);
        int slot = slot(hash, starts.length);
        for (; starts[slot] != 0; slot = (slot + 1) & (starts.length - 1)) {
            if (hashes[slot] == hash && holds(starts[slot] - 1, bytes)) {
                return lines[slot];
            }
        }
        starts[slot] = store(bytes) + 1;
        hashes[slot] = hash;
        lines[slot] = line;
        if (++size * 2 > starts.length) {
            grow();
        }
        return 0;
    }

    private static int slot(int hash, int length) {
        // Spread the hash's high bits over the low ones the table uses.
        int mixed = hash * 0x9E3779B9;
        return (mixed ^ (mixed >>> 16)) & (length - 1);
    }

    private int store(byte[] bytes) {
        if (pageUsed + 2 + bytes.length > PAGE) {
            pages.add(new byte[PAGE]);
            pageUsed = 0;
        }
        byte[] page = pages.get(pages.size() - 1);
        int start = (pages.size() - 1) * PAGE + pageUsed;
        page[pageUsed] = (byte) (bytes.length >>> 8);
        page[pageUsed + 1] = (byte) bytes.length;
        System.arraycopy(bytes, 0, page, pageUsed + 2, bytes.length);
        pageUsed += 2 + bytes.length;
        return start;
    }

    private boolean holds(int start, byte[] bytes) {
        byte[] page = pages.get(start / PAGE);
        int at = start % PAGE;
        int length = (page[at] & 0xff) << 8 | page[at + 1] & 0xff;
        return length == bytes.length && Arrays.equals(page, at + 2, at + 2 + length, bytes, 0, length);
    }

    private void grow() {
        int[] oldStarts = starts;
        int[] oldHashes = hashes;
        int[] oldLines = lines;
        starts = new int[oldStarts.length * 2];
        hashes = new int[starts.length];
        lines = new int[starts.length];
        for (int old = 0; old < oldStarts.length; old++) {
            if (oldStarts[old] != 0) {
                int slot = slot(oldHashes[old], starts.length);
                while (starts[slot] != 0) {
                    slot = (slot + 1) & (starts.length - 1);
                }
                starts[slot] = oldStarts[old];
                hashes[slot] = oldHashes[old];
                lines[slot] = oldLines[old];
            }
        }
    }
}

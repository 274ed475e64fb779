package vn.antq.schedule;

import vn.antq.festival.FestivalRepository;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The schedule's cache tags, kept in memory so that revalidating a schedule (304) or serving a kept page
 * costs no database round trip. A tag is the sum of the counters of the (2025 province, year) cells a
 * schedule covers (V12, V21); this holds every cell's sum as {@link ScheduleCache}'s poll last read it.
 *
 * <p>The copy is trusted only while it is current:
 * <ul>
 *   <li>the poll re-reads the cells at its first look after any festival change it sees, whichever
 *       replica wrote it (so another replica's write shows here within {@link ScheduleCache#POLL_MILLIS});
 *   <li>a festival write committed on this replica makes the copy untrusted at once, and the tags are read
 *       from the database until the poll has re-read the cells after that commit (read your writes);
 *   <li>while the poll is not following (start, lost connection) there is no copy.
 * </ul>
 * An untrusted copy is never used: the tag is then read from the database, as exact as before.
 */
public class ScheduleTags {

    /** Every cell's sum, read at one moment, and how many local writes had committed before that moment. */
    private record Cells(long localWritesBefore, Map<String, NavigableMap<Integer, Long>> byProvince) {

        long sum(List<String> provinces, int fromYear, int toYear) {
            long sum = 0;
            if (provinces == null) {
                for (NavigableMap<Integer, Long> years : byProvince.values()) {
                    sum += sum(years, fromYear, toYear);
                }
            } else {
                for (String province : provinces) {
                    NavigableMap<Integer, Long> years = byProvince.get(province);
                    if (years != null) {
                        sum += sum(years, fromYear, toYear);
                    }
                }
            }
            return sum;
        }

        private static long sum(NavigableMap<Integer, Long> years, int fromYear, int toYear) {
            long sum = 0;
            if (fromYear <= toYear) {
                for (long version : years.subMap(fromYear, true, toYear, true).values()) {
                    sum += version;
                }
            }
            return sum;
        }
    }

    /** A cell as the poll reads it: a 2025 province, a year, and the sum of its stripes. */
    public record Cell(String province, int year, long version) {
    }

    private final AtomicLong localWrites = new AtomicLong();
    private volatile Cells cells;

    /** Where the tags are read while the copy is not trusted. */
    FestivalRepository festivals;

    /** The cache tag of the festivals of some 2025 provinces (all when null) and years. */
    public long tag(List<String> provinces, int fromYear, int toYear) {
        Cells current = cells;
        if (current != null && current.localWritesBefore() == localWrites.get()) {
            return current.sum(provinces, fromYear, toYear);
        }
        return festivals.scheduleTag(provinces, fromYear, toYear);
    }

    /** A festival write committed on this replica: the copy no longer shows every cell. */
    void localWriteCommitted() {
        localWrites.incrementAndGet();
    }

    /** Where the local writes stand; read it before reading the cells. */
    long localWrites() {
        return localWrites.get();
    }

    /** Whether the copy misses a local write (or there is none): the poll re-reads the cells. */
    boolean stale() {
        Cells current = cells;
        return current == null || current.localWritesBefore() != localWrites.get();
    }

    /** The cells as read after {@code localWritesBefore} local writes had committed. */
    void replace(long localWritesBefore, List<Cell> read) {
        Map<String, NavigableMap<Integer, Long>> byProvince = new HashMap<>();
        for (Cell cell : read) {
            byProvince.computeIfAbsent(cell.province(), province -> new TreeMap<>()).put(cell.year(), cell.version());
        }
        cells = new Cells(localWritesBefore, byProvince);
    }

    /** The poll stopped following: nothing kept is trusted any more. */
    void suspend() {
        cells = null;
    }
}

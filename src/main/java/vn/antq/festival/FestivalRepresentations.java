package vn.antq.festival;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.enterprise.context.ApplicationScoped;
import vn.antq.shared.config.AntqConfig;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Public festival representations kept in memory, already serialised, so that an unchanged festival or
 * schedule page is answered without the database or Jackson.
 *
 * <p>A single festival is kept by id and dropped when its change notice arrives
 * ({@link FestivalChangeListener}); a copy made from a read that raced with a change is not kept (the
 * epoch moved). A schedule page is kept under its full address and its cache tag, which the request has
 * just read from the database: a page is only ever served under the tag it was made after, so a change
 * is seen by the next request whatever the notices do.
 */
@ApplicationScoped
public class FestivalRepresentations {

    /** A serialised representation: a festival with its version, or a schedule page with its Link header. */
    public record Copy(long version, byte[] body, String link) {
    }

    private final Cache<UUID, Copy> festivals;
    private final Cache<String, Copy> pages;
    private final AtomicLong epoch = new AtomicLong();
    private volatile boolean listening;

    FestivalRepresentations(AntqConfig config) {
        MemorySize festivalBytes = config.festival().memory().festivals();
        MemorySize pageBytes = config.festival().memory().schedulePages();
        // Bounded by the bytes kept, so that the heap can stay small whatever the representations weigh.
        festivals = Caffeine.newBuilder().maximumWeight(festivalBytes.asLongValue())
                .weigher((UUID id, Copy copy) -> copy.body().length).build();
        pages = Caffeine.newBuilder().maximumWeight(pageBytes.asLongValue())
                .weigher((String key, Copy copy) -> key.length() + copy.body().length).build();
    }

    /** The kept copy of a festival, or null. */
    public Copy festival(UUID id) {
        return listening ? festivals.getIfPresent(id) : null;
    }

    /** Where the change notices stand; read it before reading the festival that will be kept. */
    public long epoch() {
        return epoch.get();
    }

    /** Keeps a festival read when the notices stood at {@code readAt}, unless a change came since. */
    public void keep(UUID id, Copy copy, long readAt) {
        if (listening && epoch.get() == readAt) {
            festivals.put(id, copy);
            // A notice that arrived between the check and the put is applied again.
            if (epoch.get() != readAt) {
                festivals.invalidate(id);
            }
        }
    }

    public Copy page(String address, String tag) {
        return pages.getIfPresent(tag + " " + address);
    }

    public void keepPage(String address, String tag, Copy copy) {
        pages.put(tag + " " + address, copy);
    }

    public void invalidate(UUID id) {
        epoch.incrementAndGet();
        festivals.invalidate(id);
    }

    void invalidateAll() {
        epoch.incrementAndGet();
        festivals.invalidateAll();
    }

    /** Notices flow: copies may be kept again, from empty. */
    void resume() {
        invalidateAll();
        listening = true;
    }

    /** Notices stopped: nothing kept is trusted any more. */
    void suspend() {
        listening = false;
        invalidateAll();
    }
}

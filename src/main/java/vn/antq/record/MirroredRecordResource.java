package vn.antq.record;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import vn.antq.record.ChangeDtos.ChangesPage;

/**
 * The resource of a collection that mirrors can follow: the record life cycle of {@link RecordResource}
 * and the collection's change feed at {@code GET changes} (see {@link ChangeFeed}). The database tracks
 * the collection's tables ({@code record_change_track}); nothing else is to declare.
 */
public abstract class MirroredRecordResource<R> extends RecordResource<R> {

    @Inject
    protected ChangeFeed feed;

    /** The collection's change feed, scoped by {@code unit} like its list. */
    @GET
    @Path("changes")
    public ChangesPage<?> changes(@QueryParam("since") String since, @QueryParam("unit") String unit,
                                  @QueryParam("limit") String limit) {
        return feed.page(service(), since, unit, limit);
    }
}

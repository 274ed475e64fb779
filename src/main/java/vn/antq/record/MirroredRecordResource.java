package vn.antq.record;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
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
    public ChangesPage<?> changes(@BeanParam ChangeParams query, @Context UriInfo uri) {
        return feed.page(service(), query, uri);
    }
}

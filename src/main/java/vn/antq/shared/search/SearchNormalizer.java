package vn.antq.shared.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Texts as the database's {@code search_normalize} makes them (lower case, no diacritics, single spaces):
 * the one normalisation of the service, so that keys computed here match the keys the database derives.
 */
@ApplicationScoped
public class SearchNormalizer {

    @Inject
    EntityManager em;

    /** Each distinct text with its normal form, in one query. */
    public Map<String, String> normalize(Collection<String> texts) {
        String[] distinct = texts.stream().filter(Objects::nonNull).distinct().toArray(String[]::new);
        Map<String, String> normalized = new HashMap<>();
        if (distinct.length == 0) {
            return normalized;
        }
        em.unwrap(Session.class).doWork(connection -> {
            // The normal forms come back in the texts' order and are keyed by the caller's own texts, not copies read
            // back, a page at a time (within a transaction): a large file's texts are not held twice over.
            try (PreparedStatement statement = connection.prepareStatement(
                    "select search_normalize(n) from unnest(?::text[]) with ordinality as t(n, i) order by i")) {
                statement.setArray(1, connection.createArrayOf("text", distinct));
                statement.setFetchSize(1000);
                try (ResultSet rs = statement.executeQuery()) {
                    for (int i = 0; rs.next(); i++) {
                        normalized.put(distinct[i], rs.getString(1));
                    }
                }
            }
        });
        return normalized;
    }
}

package vn.antq.shared.paging;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import vn.antq.shared.search.SearchText;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a list query: filters joined with AND, an optional accent-insensitive
 * search, and keyset pagination on (sort value, id). Only what the page returns is selected, and
 * one query serves the whole page.
 *
 * <p>The entity alias in every fragment is {@code e}. Deleted records are excluded by the entities'
 * own restriction.
 */
public final class ListQuery {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();

    /** Adds {@code condition} (naming {@code :name}) when {@code value} is present. */
    public ListQuery filter(String condition, String name, Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.put(name, value);
        }
        return this;
    }

    /** Adds a condition whose parameters are given as a map (e.g. an administrative-unit scope). */
    public ListQuery condition(String condition, Map<String, Object> values) {
        conditions.add(condition);
        parameters.putAll(values);
        return this;
    }

    /** Accent- and case-insensitive substring search on the entity's generated {@code searchText}. */
    public ListQuery search(String q) {
        if (q != null && !q.isBlank()) {
            conditions.add("e.searchText like concat('%', function('search_normalize', :q), '%') escape '\\'");
            parameters.put("q", SearchText.escapeLike(q.strip()));
        }
        return this;
    }

    /** Runs the query in the given order, at most {@code max} rows (for feeds that page on their own key). */
    public <T> List<T> rows(EntityManager em, String select, String orderBy, Class<T> type, int max) {
        String hql = select + (conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions)) + " order by " + orderBy;
        TypedQuery<T> query = em.createQuery(hql, type).setMaxResults(max);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    /**
     * Runs the query and returns one page.
     *
     * @param select the projection, e.g. {@code select e.id, e.name from Organization e}; with several items
     *               Hibernate builds {@code type} (a record) from them through its constructor, in order
     */
    public <T> Page<T> page(EntityManager em, String select, Class<T> type, PageRequest<T> page) {
        List<String> where = new ArrayList<>(conditions);
        Map<String, Object> values = new HashMap<>(parameters);
        String path = page.sort().path();
        String unique = page.uniqueKey().path();
        String direction = page.descending() ? "desc" : "asc";
        if (page.afterKey() != null) {
            where.add("(" + path + ", " + unique + ") " + (page.descending() ? "<" : ">") + " (:afterValue, :afterKey)");
            values.put("afterValue", page.afterValue());
            values.put("afterKey", page.afterKey());
        }
        String hql = select + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by " + path + " " + direction + ", " + unique + " " + direction;
        TypedQuery<T> query = em.createQuery(hql, type).setMaxResults(page.limit() + 1);
        values.forEach(query::setParameter);
        List<T> rows = query.getResultList();
        if (rows.size() <= page.limit()) {
            return new Page<>(rows, null);
        }
        List<T> items = rows.subList(0, page.limit());
        T last = items.get(items.size() - 1);
        return new Page<>(List.copyOf(items), page.cursorAfter(last));
    }
}

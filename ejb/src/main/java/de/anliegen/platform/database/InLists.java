package de.anliegen.platform.database;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A named query whose {@code in :list} parameters are bound one value a parameter, their number padded to a power of
 * two by repeating the last value. Hibernate 6.6 plans a query anew at every execution when a collection is bound to
 * one parameter (its plan cache leaves out queries with such bindings): on the send path that was 8.5 % of the
 * server's CPU (docs/benchmarks.md, "Query plans of IN lists"). Expanded, each padded length is one more query string,
 * planned once and kept, and the database sees a few statement shapes instead of one per length. The named query
 * stays declared on its entity, so that it is still checked when the application starts.
 */
public final class InLists {

    private static final ConcurrentMap<String, String> NAMED = new ConcurrentHashMap<>();
    private static final ConcurrentMap<String, String> EXPANDED = new ConcurrentHashMap<>();

    private final String name;
    private final Map<String, List<?>> lists = new LinkedHashMap<>();

    private InLists(String name) {
        this.name = name;
    }

    /** The named query, its lists still to be bound. */
    public static InLists of(String namedQuery) {
        return new InLists(namedQuery);
    }

    /** Binds {@code values}, at least one, to the list parameter {@code parameter}. */
    public InLists bind(String parameter, Collection<?> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("An IN list needs at least one value: " + parameter);
        }
        lists.put(parameter, List.copyOf(values));
        return this;
    }

    /** The query with every list bound; the caller binds its other parameters. */
    public <T> TypedQuery<T> create(EntityManager em, Class<T> type) {
        var jpql = NAMED.computeIfAbsent(
                name,
                named -> em.createNamedQuery(named)
                        .unwrap(org.hibernate.query.Query.class)
                        .getQueryString());
        var lengths = lists.entrySet().stream()
                .map(list -> list.getKey() + "=" + padded(list.getValue().size()))
                .collect(Collectors.joining(",", name + "?", ""));
        var query = em.createQuery(EXPANDED.computeIfAbsent(lengths, key -> expanded(jpql)), type);
        lists.forEach((parameter, values) -> {
            for (var i = 0; i < padded(values.size()); i++) {
                query.setParameter(parameter + "_" + i, values.get(Math.min(i, values.size() - 1)));
            }
        });
        return query;
    }

    private String expanded(String jpql) {
        var expanded = jpql;
        for (var list : lists.entrySet()) {
            expanded = expanded(expanded, list.getKey(), padded(list.getValue().size()));
        }
        return expanded;
    }

    /** The query with {@code :parameter} written as {@code (:parameter_0, …)}, {@code length} of them. */
    static String expanded(String jpql, String parameter, int length) {
        var found = Pattern.compile(":" + Pattern.quote(parameter) + "\\b").matcher(jpql);
        if (!found.find()) {
            throw new IllegalArgumentException("The query has no parameter " + parameter + ": " + jpql);
        }
        var singles = IntStream.range(0, length)
                .mapToObj(i -> ":" + parameter + "_" + i)
                .collect(Collectors.joining(", ", "(", ")"));
        return found.replaceAll(Matcher.quoteReplacement(singles));
    }

    /** The smallest power of two not below {@code size}. */
    static int padded(int size) {
        return size <= 1 ? 1 : Integer.highestOneBit(size - 1) << 1;
    }
}

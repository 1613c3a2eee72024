package io.floorwatch.emulator.rest;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.LinkedHashSet;
import java.util.Set;

/** The queue ids an analytics query's filter names, as every queue query the emulator answers requires them. */
final class QueueFilter {
    private QueueFilter() {
    }

    /** The {@code queueId} predicates' values, of the filter and its clauses, in order; at least one. */
    static Set<String> queueIds(JsonNode filter) {
        Set<String> ids = new LinkedHashSet<>();
        collect(filter, ids);
        if (ids.isEmpty()) {
            throw ApiError.badRequest("filter: a queueId predicate is required");
        }
        return ids;
    }

    private static void collect(JsonNode filter, Set<String> ids) {
        for (JsonNode predicate : filter.path("predicates")) {
            if ("queueId".equals(predicate.path("dimension").asText()) && predicate.hasNonNull("value")) {
                ids.add(predicate.path("value").asText());
            }
        }
        for (JsonNode clause : filter.path("clauses")) {
            collect(clause, ids);
        }
    }
}

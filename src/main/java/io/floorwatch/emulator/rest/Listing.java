package io.floorwatch.emulator.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.floorwatch.emulator.org.Json;

import java.util.List;
import java.util.function.Function;

/**
 * Genesys' paged listing envelope: {@code entities, pageSize, pageNumber, total, firstUri, nextUri,
 * previousUri, lastUri, selfUri, pageCount}. Queue member listings carry no totals (no total, pageCount or
 * lastUri), as Genesys documented when it replaced the old endpoint.
 */
final class Listing {
    record Paging(int pageNumber, int pageSize) {
    }

    private Listing() {
    }

    static Paging paging(Exchange exchange, int defaultSize, int maxSize) {
        int pageSize = exchange.queryInt("pageSize", defaultSize);
        int pageNumber = exchange.queryInt("pageNumber", 1);
        if (pageSize < 1 || pageSize > maxSize) {
            throw ApiError.badRequest("Invalid value for pageSize: " + pageSize + ". It must be between 1 and "
                    + maxSize);
        }
        if (pageNumber < 1) {
            throw ApiError.badRequest("Invalid value for pageNumber: " + pageNumber + ". It must be 1 or more");
        }
        return new Paging(pageNumber, pageSize);
    }

    static <T> ObjectNode page(Exchange exchange, List<T> all, Function<T, JsonNode> render, Paging paging,
            boolean totals) {
        int from = (int) Math.min((long) (paging.pageNumber() - 1) * paging.pageSize(), all.size());
        int to = Math.min(from + paging.pageSize(), all.size());
        int pageCount = (all.size() + paging.pageSize() - 1) / paging.pageSize();
        ObjectNode listing = Json.object();
        ArrayNode entities = listing.putArray("entities");
        for (T item : all.subList(from, to)) {
            entities.add(render.apply(item));
        }
        listing.put("pageSize", paging.pageSize());
        listing.put("pageNumber", paging.pageNumber());
        if (totals) {
            listing.put("total", all.size());
        }
        listing.put("firstUri", uri(exchange, paging.pageSize(), 1));
        boolean hasNext = totals ? paging.pageNumber() < pageCount : to < all.size();
        if (hasNext) {
            listing.put("nextUri", uri(exchange, paging.pageSize(), paging.pageNumber() + 1));
        }
        if (paging.pageNumber() > 1) {
            listing.put("previousUri", uri(exchange, paging.pageSize(), paging.pageNumber() - 1));
        }
        if (totals) {
            listing.put("lastUri", uri(exchange, paging.pageSize(), Math.max(1, pageCount)));
        }
        listing.put("selfUri", uri(exchange, paging.pageSize(), paging.pageNumber()));
        if (totals) {
            listing.put("pageCount", pageCount);
        }
        return listing;
    }

    /** The envelope of a listing that is never paged ({@code {"entities":[...]}}). */
    static <T> ObjectNode entities(List<T> all, Function<T, JsonNode> render) {
        ObjectNode listing = Json.object();
        ArrayNode entities = listing.putArray("entities");
        all.forEach(item -> entities.add(render.apply(item)));
        return listing;
    }

    private static String uri(Exchange exchange, int pageSize, int pageNumber) {
        String rest = exchange.queryWithout("pageSize", "pageNumber");
        return exchange.path + "?pageSize=" + pageSize + "&pageNumber=" + pageNumber + (rest.isEmpty() ? "" : "&" + rest);
    }
}

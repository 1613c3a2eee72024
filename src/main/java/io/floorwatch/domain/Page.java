package io.floorwatch.domain;

import java.util.List;

/** One page of a Genesys listing, with the totals the listing reported (-1 where it reports none). */
public record Page<T>(List<T> entities, int pageNumber, int pageSize, long total, int pageCount) {
    public Page {
        entities = List.copyOf(entities);
    }

    public boolean hasNext() {
        return pageCount > 0 ? pageNumber < pageCount : entities.size() == pageSize && pageSize > 0;
    }
}

package com.anjian.common.paging;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** One page of a list. Each feature declares a concrete subclass so the contract names it. */
public abstract class PageResult<T> {

    @Schema(required = true)
    public List<T> items;

    @Schema(required = true, description = "Page number, starting at 1")
    public int page;

    @Schema(required = true)
    public int size;

    @Schema(required = true, description = "Number of items on all pages")
    public long total;

    protected PageResult() {
    }

    protected PageResult(List<T> items, PageParams params, long total) {
        this.items = items;
        this.page = params.page;
        this.size = params.size;
        this.total = total;
    }
}

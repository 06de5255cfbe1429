package com.anjian.common.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The paging and sorting convention of every list endpoint. */
public class PageParams {

    public static final int MAX_SIZE = 100;
    /** With at most 100 per page, the offset (page - 1) × size stays far inside an int. */
    public static final int MAX_PAGE = 1_000_000;

    @QueryParam("page")
    @DefaultValue("1")
    @Min(value = 1, message = "{anjian.min}")
    @Max(value = MAX_PAGE, message = "{anjian.max}")
    @Parameter(description = "Page number, starting at 1, at most 1000000")
    public int page = 1;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(value = 1, message = "{anjian.min}")
    @Max(value = MAX_SIZE, message = "{anjian.max}")
    @Parameter(description = "Items per page, at most 100")
    public int size = 20;

    @QueryParam("sort")
    @Size(max = 40, message = "{anjian.size.max}")
    @Parameter(description = "Field to sort by; prefix with - for descending, e.g. -updatedAt")
    public String sort;

    public int index() {
        return page - 1;
    }
}

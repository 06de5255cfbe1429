package com.anjian.person;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Filters of the people list. */
public class PersonFilter {

    @QueryParam("q")
    @Size(max = 100, message = "{anjian.size.max}")
    @Parameter(description = "Text in the name, position, phone or login")
    public String q;

    @QueryParam("unitId")
    public Long unitId;

    @QueryParam("active")
    public Boolean active;
}

package com.anjian.sector;

import com.anjian.common.error.ProblemResponses;
import com.anjian.common.i18n.Messages;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/v1/sectors")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data")
public class SectorResource {

    @GET
    @Operation(operationId = "listSectors", summary = "All sectors (行业领域), names in the caller's language")
    public List<SectorDto> list(@Context HttpHeaders headers) {
        boolean english = ProblemResponses.locale(headers).equals(Messages.ENGLISH);
        return Sector.<Sector>listAll(Sort.by("sortOrder")).stream()
                .map(s -> new SectorDto(s.code, english ? s.nameEn : s.nameZh))
                .toList();
    }
}

package com.anjian.settings;

import com.anjian.common.time.BusinessClock;
import com.anjian.common.AnjianConfig;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;


@Path("/api/v1/settings")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data")
public class SettingsResource {

    @Inject
    BusinessClock clock;

    @Inject
    AnjianConfig config;

    @GET
    @Operation(operationId = "getSettings", summary = "Due day, time zone and upload limits the server applies")
    public SettingsDto settings() {
        return new SettingsDto(clock.zone().getId(), clock.today(), config.ledger().dueDay(),
                config.storage().maxPhotoBytes(), config.storage().maxDocumentBytes(), config.excel().maxUploadBytes(),
                config.excel().maxRows());
    }
}

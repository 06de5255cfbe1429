package com.anjian.common.audit;

import com.anjian.common.paging.PageParams;
import com.anjian.common.paging.PageResult;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "AuditPage")
public class AuditPage extends PageResult<AuditEntryDto> {

    public AuditPage() {
    }

    public AuditPage(List<AuditEntryDto> items, PageParams params, long total) {
        super(items, params, total);
    }
}

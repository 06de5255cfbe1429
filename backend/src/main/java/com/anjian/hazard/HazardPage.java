package com.anjian.hazard;

import com.anjian.common.paging.PageParams;
import com.anjian.common.paging.PageResult;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "HazardPage")
public class HazardPage extends PageResult<HazardSummaryDto> {

    public HazardPage() {
    }

    public HazardPage(List<HazardSummaryDto> items, PageParams params, long total) {
        super(items, params, total);
    }
}

package com.anjian.unit;

import com.anjian.common.paging.PageParams;
import com.anjian.common.paging.PageResult;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "UnitPage")
public class UnitPage extends PageResult<UnitDto> {

    public UnitPage() {
    }

    public UnitPage(List<UnitDto> items, PageParams params, long total) {
        super(items, params, total);
    }
}

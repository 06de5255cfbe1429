package com.anjian.closeout;

import com.anjian.common.paging.PageParams;
import com.anjian.common.paging.PageResult;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "CloseoutPage")
public class CloseoutPage extends PageResult<CloseoutDto> {

    public CloseoutPage() {
    }

    public CloseoutPage(List<CloseoutDto> items, PageParams params, long total) {
        super(items, params, total);
    }
}

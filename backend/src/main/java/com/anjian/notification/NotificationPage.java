package com.anjian.notification;

import com.anjian.common.paging.PageParams;
import com.anjian.common.paging.PageResult;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "NotificationPage")
public class NotificationPage extends PageResult<NotificationDto> {

    @Schema(required = true, description = "Unread notifications of the caller, on all pages")
    public long unread;

    public NotificationPage() {
    }

    public NotificationPage(List<NotificationDto> items, PageParams params, long total, long unread) {
        super(items, params, total);
        this.unread = unread;
    }
}

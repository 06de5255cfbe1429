package com.anjian.person;

import com.anjian.common.paging.PageParams;
import com.anjian.common.paging.PageResult;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "PersonPage")
public class PersonPage extends PageResult<PersonDto> {

    public PersonPage() {
    }

    public PersonPage(List<PersonDto> items, PageParams params, long total) {
        super(items, params, total);
    }
}

package com.anjian.document;

import java.util.List;

/** The people and places the document tests fill their forms with. */
final class Samples {

    static final String AUTHORITY = "东溪镇人民政府";
    static final Party FACTORY = new Party("綦江区东溪镇宏达五金加工厂", "92500110MA5U7XXX1K", "重庆市綦江区东溪镇工业园区8号",
            "李德明", "023-48621234");
    static final List<Officer> OFFICERS = List.of(new Officer("刘洋", "50011021001"), new Officer("周斌", "50011021002"));
    static final Remedies REMEDIES = new Remedies("綦江区人民政府", "綦江区人民法院");

    private Samples() {
    }
}

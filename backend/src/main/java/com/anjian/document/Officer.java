package com.anjian.document;

/** An enforcement officer as a document names them: the name and the number of the enforcement certificate (执法证号). */
public record Officer(String name, String certificateNo) {
}

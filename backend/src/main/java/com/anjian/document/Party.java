package com.anjian.document;

/**
 * The party a document is addressed to or made about (当事人, 被检查单位): its name, and what forms
 * print of it where known (null: left blank on the form).
 */
public record Party(String name, String creditCode, String address, String legalRepresentative, String phone) {

    public Party {
        java.util.Objects.requireNonNull(name, "name");
    }

    /** The value of a field of the form, empty when not known. */
    static String orBlank(String value) {
        return value == null ? "" : value;
    }
}

package com.anjian.document;

/** A document number as given out: 东溪经发责改〔2021〕3号 is the 3rd of its unit, kind and year. */
public record DocumentNumber(String text, DocumentKind kind, int year, int sequence) {

    @Override
    public String toString() {
        return text;
    }
}

package com.anjian.common.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The server's own user-facing texts, in Chinese first and English second. Resolution never falls
 * back to the JVM's default locale, so an English caller never receives Chinese by accident.
 */
public final class Messages {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final String BUNDLE = "i18n.messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    public static String get(Locale locale, String key, Object... args) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, supported(locale), NO_FALLBACK).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, supported(locale)).format(args);
    }

    /**
     * A Bean Validation message template such as "{anjian.size.max}" in the caller's language, with
     * the constraint's attributes ({max}, {value}) filled in. Keeping these texts in this bundle
     * gives one place for every message and avoids ResourceBundle falling back to the JVM locale.
     */
    public static String constraint(Locale locale, String template, java.util.Map<String, Object> attributes) {
        if (template == null || !template.startsWith("{") || !template.endsWith("}")) {
            return template;
        }
        String text = get(locale, template.substring(1, template.length() - 1));
        for (var attribute : attributes.entrySet()) {
            text = text.replace("{" + attribute.getKey() + "}", String.valueOf(attribute.getValue()));
        }
        return text;
    }

    /** The supported locale closest to the caller's preference list (Accept-Language order). */
    public static Locale pick(List<Locale> acceptable) {
        for (Locale candidate : acceptable) {
            if ("zh".equals(candidate.getLanguage())) {
                return CHINESE;
            }
            if ("en".equals(candidate.getLanguage())) {
                return ENGLISH;
            }
        }
        return CHINESE;
    }

    private static Locale supported(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? ENGLISH : CHINESE;
    }
}

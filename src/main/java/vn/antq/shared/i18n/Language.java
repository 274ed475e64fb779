package vn.antq.shared.i18n;

import java.util.List;
import java.util.Locale;

/**
 * The languages the API answers in: English (the default, for compatibility) and Vietnamese. A request
 * chooses by {@code Accept-Language} (RFC 9110, with q-values) or, where an operation offers it, {@code lang}.
 */
public enum Language {
    en(Locale.ENGLISH), vi(Locale.forLanguageTag("vi"));

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** The tag for {@code Content-Language}. */
    public String tag() {
        return name();
    }

    /** The language named by a tag such as {@code vi}, {@code vi-VN} or {@code en-US}; null for any other. */
    public static Language of(String tag) {
        if (tag == null) {
            return null;
        }
        String primary = tag.strip().toLowerCase(Locale.ROOT);
        int dash = primary.indexOf('-');
        if (dash >= 0) {
            primary = primary.substring(0, dash);
        }
        return switch (primary) {
            case "vi" -> vi;
            case "en" -> en;
            default -> null;
        };
    }

    /**
     * The first served language of a request's acceptable languages (most preferred first, as the REST
     * layer sorts them by q-value); English when none is served or none is asked for.
     */
    public static Language preferred(List<Locale> acceptable) {
        if (acceptable != null) {
            for (Locale locale : acceptable) {
                if ("*".equals(locale.getLanguage())) {
                    return en;
                }
                Language language = of(locale.toLanguageTag());
                if (language != null) {
                    return language;
                }
            }
        }
        return en;
    }
}

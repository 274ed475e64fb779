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

    /** The most preferred served language of an {@code Accept-Language} header (q-values honoured); English without one. */
    public static Language preferred(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return en;
        }
        Language best = null;
        double bestQ = 0;
        for (String range : acceptLanguage.split(",")) {
            String[] parts = range.split(";");
            double q = 1;
            for (int i = 1; i < parts.length; i++) {
                String parameter = parts[i].strip();
                if (parameter.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(parameter.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            String tag = parts[0].strip();
            Language language = "*".equals(tag) ? en : of(tag);
            if (language != null && q > bestQ) {
                best = language;
                bestQ = q;
            }
        }
        return best == null ? en : best;
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

package vn.antq.shared.i18n;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;

/**
 * The labels of the contract's enumerations in English and Vietnamese, from the bundles
 * {@code i18n/labels*.properties} (keys {@code group.value}: a group is where the contract declares the
 * enumeration, such as {@code OrganizationType} or {@code StatisticsRow.section}; a value may hold dots when it
 * holds a slash, as media types do), read once.
 */
public final class Labels {

    private static final Labels INSTANCE = new Labels();

    private final Map<Language, Map<String, Map<String, String>>> groups = new EnumMap<>(Language.class);

    private Labels() {
        for (Language language : Language.values()) {
            ResourceBundle bundle = ResourceBundle.getBundle("i18n.labels", language == Language.en ? Locale.ROOT : language.locale(),
                    Labels.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            Map<String, Map<String, String>> byGroup = new TreeMap<>();
            for (String key : bundle.keySet()) {
                // A value may hold dots (a media type, such as application/vnd.ms-excel): it then holds a slash,
                // which no group does, so the group ends at the last dot before the first slash.
                int slash = key.indexOf('/');
                int dot = key.lastIndexOf('.', slash < 0 ? key.length() : slash);
                byGroup.computeIfAbsent(key.substring(0, dot), g -> new TreeMap<>()).put(key.substring(dot + 1), bundle.getString(key));
            }
            Map<String, Map<String, String>> frozen = new LinkedHashMap<>();
            byGroup.forEach((group, labels) -> frozen.put(group, Collections.unmodifiableMap(labels)));
            groups.put(language, Collections.unmodifiableMap(frozen));
        }
    }

    public static Labels get() {
        return INSTANCE;
    }

    /** Every group's labels in the language, groups and values in alphabetical order. */
    public Map<String, Map<String, String>> all(Language language) {
        return groups.get(language);
    }

    /** The label of a value in a group; the value itself when it has none. */
    public String label(String group, String value, Language language) {
        if (value == null) {
            return null;
        }
        Map<String, String> labels = groups.get(language).get(group);
        String label = labels == null ? null : labels.get(value);
        return label == null ? value : label;
    }
}

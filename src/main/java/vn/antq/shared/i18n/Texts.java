package vn.antq.shared.i18n;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Translates the service's English messages with a pair of resource bundles: the English bundle holds
 * each message as a template ({@code must be between {0} and {1}}), the Vietnamese one the same key's
 * translation ({@code phải từ {0} đến {1}}). A message is matched against the English templates (the
 * most specific first), its arguments are taken from it and put into the translation; an argument that is
 * itself a term of the bundle ({@code term.<argument>}) is translated too. A message no template matches
 * stays as it is, so that a new English message is never lost, only untranslated.
 */
public final class Texts {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

    private record Template(String key, Pattern pattern, int literalLength, List<Integer> order) {
    }

    private final List<Template> templates = new ArrayList<>();
    private final Map<Language, Map<String, String>> translations = new LinkedHashMap<>();

    /** The bundles {@code baseName} (English) and {@code baseName_vi}. */
    public Texts(String baseName) {
        ResourceBundle english = bundle(baseName, Locale.ROOT);
        for (String key : english.keySet()) {
            if (!key.startsWith("term.")) {
                templates.add(template(key, english.getString(key)));
            }
        }
        templates.sort(Comparator.comparingInt(Template::literalLength).reversed().thenComparing(Template::key));
        for (Language language : Language.values()) {
            ResourceBundle bundle = language == Language.en ? english : bundle(baseName, language.locale());
            Map<String, String> texts = new LinkedHashMap<>();
            bundle.keySet().forEach(key -> texts.put(key, bundle.getString(key)));
            translations.put(language, texts);
        }
    }

    private static ResourceBundle bundle(String baseName, Locale locale) {
        // The root bundle is the English one: never fall back to the JVM's default locale.
        return ResourceBundle.getBundle(baseName, locale, Texts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static Template template(String key, String english) {
        StringBuilder regex = new StringBuilder("^");
        List<Integer> order = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(english);
        int last = 0;
        int literal = 0;
        while (m.find()) {
            regex.append(Pattern.quote(english.substring(last, m.start()))).append("(.+?)");
            literal += m.start() - last;
            order.add(Integer.parseInt(m.group(1)));
            last = m.end();
        }
        regex.append(Pattern.quote(english.substring(last))).append('$');
        literal += english.length() - last;
        return new Template(key, Pattern.compile(regex.toString(), Pattern.DOTALL), literal, order);
    }

    /** The message in the language; itself when it is English, null, or matches no template. */
    public String translate(String message, Language language) {
        if (message == null || language == Language.en) {
            return message;
        }
        Map<String, String> target = translations.get(language);
        for (Template template : templates) {
            Matcher m = template.pattern().matcher(message);
            if (m.matches()) {
                String translation = target.get(template.key());
                if (translation == null) {
                    return message;
                }
                Object[] arguments = new Object[template.order().stream().mapToInt(i -> i + 1).max().orElse(0)];
                for (int g = 0; g < template.order().size(); g++) {
                    String argument = m.group(g + 1);
                    arguments[template.order().get(g)] = target.getOrDefault("term." + argument, argument);
                }
                return format(translation, arguments);
            }
        }
        return message;
    }

    /** The text of a key in the language (the English one when the language lacks it); null for an unknown key. */
    public String text(String key, Language language) {
        String text = translations.get(language).get(key);
        return text != null ? text : translations.get(Language.en).get(key);
    }

    /** Every key of the English bundle. */
    public List<String> keys() {
        return List.copyOf(translations.get(Language.en).keySet());
    }

    private static String format(String pattern, Object[] arguments) {
        // MessageFormat would read apostrophes as quotes; the templates use none of its other syntax.
        Matcher m = PLACEHOLDER.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int index = Integer.parseInt(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(index < arguments.length && arguments[index] != null
                    ? arguments[index].toString() : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }
}

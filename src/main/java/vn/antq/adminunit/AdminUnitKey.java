package vn.antq.adminunit;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import vn.antq.shared.http.QueryParams;
import vn.antq.shared.http.TextForm;

import java.io.Serializable;
import java.util.regex.Pattern;

/**
 * Identifies an administrative unit: its era ({@code legacy} or {@code 2025}) and its GSO code.
 * A code alone is ambiguous (00602 is a different ward in each era), so the era is always named.
 * Records embed it under their own column names.
 */
@Embeddable
@TextForm(AdminUnitKey.UNREADABLE)
public record AdminUnitKey(@Column(name = "era") String era, @Column(name = "code") String code) implements Serializable {

    public static final String LEGACY = "legacy";
    public static final String ERA_2025 = "2025";
    /** What a query parameter that is not of the form {@code era:code} is told. */
    public static final String UNREADABLE = "must be an era and a code, such as 2025:38 or legacy:395";
    private static final Pattern TEXT_FORM = Pattern.compile("(legacy|2025):([0-9]{2,5})");

    /**
     * Reads the query-parameter form {@code era:code}, e.g. {@code 2025:38} or {@code legacy:395}; a
     * malformed value joins the request's other bad parameters.
     */
    public static AdminUnitKey parse(String text, String parameter, QueryParams params) {
        return params.parsed(parameter, text, AdminUnitKey::fromText, UNREADABLE);
    }

    /** The key written as {@code era:code}, or null when the text is not of that form. */
    public static AdminUnitKey fromText(String text) {
        var matcher = TEXT_FORM.matcher(text);
        return matcher.matches() ? new AdminUnitKey(matcher.group(1), matcher.group(2)) : null;
    }

    @Override
    public String toString() {
        return era + ":" + code;
    }
}

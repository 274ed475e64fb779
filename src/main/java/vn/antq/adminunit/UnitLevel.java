package vn.antq.adminunit;

import vn.antq.shared.http.TextForm;

import java.util.Arrays;

/** The levels the unit catalog holds (no central or village units), as the unit list filters them. */
@TextForm("must be one of commune, district, province")
public enum UnitLevel {
    province, district, commune;

    /** The level named {@code text}, or null when the catalog has no units of that name. */
    public static UnitLevel fromText(String text) {
        return Arrays.stream(values()).filter(l -> l.name().equals(text)).findFirst().orElse(null);
    }
}

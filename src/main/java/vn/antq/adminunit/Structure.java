package vn.antq.adminunit;

import vn.antq.shared.http.TextForm;

/**
 * Which administrative structure records are grouped in: {@code 2025} rolls legacy-era records up
 * into the 2025 province (and commune) they became part of; {@code legacy} keeps them under their legacy
 * province and district, and leaves out records of 2025-era units.
 */
@TextForm("must be 2025 or legacy")
public enum Structure {
    legacy("legacy"), current("2025");

    private final String wire;

    Structure(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    /** The structure named {@code text} in a query parameter, or null when there is none of that name. */
    public static Structure fromText(String text) {
        return parse(text);
    }

    public static Structure parse(String value) {
        for (Structure s : values()) {
            if (s.wire.equals(value)) {
                return s;
            }
        }
        return null;
    }
}

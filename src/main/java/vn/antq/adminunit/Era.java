package vn.antq.adminunit;

import vn.antq.shared.http.TextForm;

import java.util.Arrays;

/** The two eras of administrative units, as query parameters name them: {@code legacy} and {@code 2025}. */
@TextForm("must be one of 2025, legacy")
public enum Era {
    LEGACY(AdminUnitKey.LEGACY), ERA_2025(AdminUnitKey.ERA_2025);

    private final String wire;

    Era(String wire) {
        this.wire = wire;
    }

    /** The era named {@code text}, or null when there is none of that name. */
    public static Era fromText(String text) {
        return Arrays.stream(values()).filter(e -> e.wire.equals(text)).findFirst().orElse(null);
    }

    @Override
    public String toString() {
        return wire;
    }
}

package de.anliegen.platform.health;

import jakarta.json.bind.annotation.JsonbTransient;
import java.util.List;
import java.util.Map;

/** The product's health in the shape MicroProfile Health uses: UP only when every check is UP. */
public record HealthReport(String status, List<Check> checks) {

    public static final String UP = "UP";
    public static final String DOWN = "DOWN";

    static HealthReport of(List<Check> checks) {
        var up = checks.stream().allMatch(Check::isUp);
        return new HealthReport(up ? UP : DOWN, checks);
    }

    @JsonbTransient
    public boolean isUp() {
        return UP.equals(status);
    }

    public record Check(String name, String status, Map<String, String> data) {

        static Check of(String name, boolean up, Map<String, String> data) {
            return new Check(name, up ? UP : DOWN, data);
        }

        boolean isUp() {
            return UP.equals(status);
        }
    }
}

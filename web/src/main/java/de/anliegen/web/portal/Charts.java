package de.anliegen.web.portal;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;

/** Chart.js configurations for PrimeFaces' {@code p:chart}: counts per day, the y axis from zero in whole numbers. */
public final class Charts {

    private Charts() {}

    public static String counts(String type, JsonArrayBuilder labels, JsonArrayBuilder datasets) {
        return Json.createObjectBuilder()
                .add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add(
                        "options",
                        Json.createObjectBuilder()
                                .add("animation", false)
                                .add("maintainAspectRatio", false)
                                .add(
                                        "scales",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "y",
                                                        Json.createObjectBuilder()
                                                                .add("beginAtZero", true)
                                                                .add(
                                                                        "ticks",
                                                                        Json.createObjectBuilder()
                                                                                .add("precision", 0)))))
                .build()
                .toString();
    }
}

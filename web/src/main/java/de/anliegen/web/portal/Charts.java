package de.anliegen.web.portal;

import de.anliegen.platform.json.Jsonp;
import jakarta.json.JsonArrayBuilder;

/** Chart.js configurations for PrimeFaces' {@code p:chart}: counts per day, the y axis from zero in whole numbers. */
public final class Charts {

    private Charts() {}

    public static String counts(String type, JsonArrayBuilder labels, JsonArrayBuilder datasets) {
        return Jsonp.PROVIDER
                .createObjectBuilder()
                .add("type", type)
                .add(
                        "data",
                        Jsonp.PROVIDER
                                .createObjectBuilder()
                                .add("labels", labels)
                                .add("datasets", datasets))
                .add(
                        "options",
                        Jsonp.PROVIDER
                                .createObjectBuilder()
                                .add("animation", false)
                                .add("maintainAspectRatio", false)
                                .add(
                                        "scales",
                                        Jsonp.PROVIDER
                                                .createObjectBuilder()
                                                .add(
                                                        "y",
                                                        Jsonp.PROVIDER
                                                                .createObjectBuilder()
                                                                .add("beginAtZero", true)
                                                                .add(
                                                                        "ticks",
                                                                        Jsonp.PROVIDER
                                                                                .createObjectBuilder()
                                                                                .add("precision", 0)))))
                .build()
                .toString();
    }
}

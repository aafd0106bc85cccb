package de.anliegen.web.portal;

import de.anliegen.platform.problems.Invalid;
import de.anliegen.platform.problems.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UINamingContainer;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Messages for the person at the page, in their language, from the resource bundle. A refusal of a boundary shows
 * the text of its problem type ({@code problem.<type>}), or a general one where the bundle has none.
 */
@RequestScoped
public class PortalMessages {

    @Inject
    FacesContext faces;

    public void info(String key, Object... params) {
        add(FacesMessage.SEVERITY_INFO, null, text(key, params));
    }

    public void error(String key, Object... params) {
        add(FacesMessage.SEVERITY_ERROR, null, text(key, params));
    }

    /** The problem as a message at the component with this client id (or the page when null). */
    public void problem(ProblemException problem, String clientId) {
        var key = "problem." + problem.type();
        // an invalid field the portal has words for is named: "the day it arrived", not "please check your input"
        if (problem instanceof Invalid invalid
                && invalid.field().isPresent()
                && has(key + "." + invalid.field().get())) {
            key = key + "." + invalid.field().get();
        }
        var text = has(key) && problem.retryAfter().isPresent()
                ? text(key, minutesUntil(problem.retryAfter().get()))
                : text(known(key));
        add(FacesMessage.SEVERITY_ERROR, clientId, text);
    }

    /** The problem at the input of the form named as the field it names, or at the page when the form has none. */
    public void problemIn(String form, ProblemException problem) {
        problemIn(form, problem, Map.of());
    }

    /**
     * The problem at the input of the form that holds the field it names (the field's own name, or the input
     * {@code inputs} gives for it), or at the page when the form has none.
     */
    public void problemIn(String form, ProblemException problem, Map<String, String> inputs) {
        var input = problem instanceof Invalid invalid
                ? invalid.field()
                        .map(field ->
                                form + UINamingContainer.getSeparatorChar(faces) + inputs.getOrDefault(field, field))
                        .filter(clientId -> faces.getViewRoot().findComponent(clientId) != null)
                        .orElse(null)
                : null;
        problem(problem, input);
    }

    /** A problem known by its type alone (a download refused, which the browser left the page for). */
    public void problemOfType(String type) {
        add(FacesMessage.SEVERITY_ERROR, null, text(known("problem." + type)));
    }

    /** The key of a problem's text, or of the general one where the bundle has none. */
    private String known(String key) {
        return has(key) ? key : "problem.other";
    }

    /** Whole minutes until a wait is over, at least one: for "please try again in … minutes". */
    public static long minutesUntil(Duration wait) {
        return Math.max(1, (wait.toSeconds() + 59) / 60);
    }

    public String text(String key, Object... params) {
        var pattern = bundle().getString(key);
        return params.length == 0
                ? pattern
                : new MessageFormat(pattern, faces.getViewRoot().getLocale()).format(params);
    }

    /** The text of this key, or {@code fallback} where the bundle has none (a code no one named yet). */
    public String textOr(String key, String fallback, Object... params) {
        return has(key) ? text(key, params) : fallback;
    }

    private boolean has(String key) {
        try {
            bundle().getString(key);
            return true;
        } catch (MissingResourceException e) {
            return false;
        }
    }

    private ResourceBundle bundle() {
        return ResourceBundle.getBundle(
                "de.anliegen.web.i18n.messages", faces.getViewRoot().getLocale());
    }

    private void add(FacesMessage.Severity severity, String clientId, String text) {
        faces.addMessage(clientId, new FacesMessage(severity, text, null));
    }
}

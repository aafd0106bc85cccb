package de.anliegen.web.portal;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * The language of the pages: the browser's (German or English, German when it asks for neither) until the person
 * picks the other one, which holds for the rest of their session.
 */
@Named
@SessionScoped
public class LocaleChoice implements Serializable {

    private static final List<String> LANGUAGES = List.of("de", "en");

    private Locale chosen;

    public Locale getLocale() {
        if (chosen != null) {
            return chosen;
        }
        var faces = FacesContext.getCurrentInstance();
        return faces.getApplication().getViewHandler().calculateLocale(faces);
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    public List<String> getLanguages() {
        return LANGUAGES;
    }

    /** Switches to a supported language and shows the same page again in it. */
    public void use(String language) {
        if (LANGUAGES.contains(language)) {
            chosen = Locale.forLanguageTag(language);
            FacesContext.getCurrentInstance().getViewRoot().setLocale(chosen);
        }
    }
}

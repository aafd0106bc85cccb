package de.anliegen.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/** What the public pages show the visitor about their cookie choice. */
@Named
@RequestScoped
public class SiteVisitor {

    @Inject
    HttpServletRequest request;

    public boolean isDecided() {
        return CookieChoice.of(request).isPresent();
    }

    public boolean isAnalyticsAccepted() {
        return CookieChoice.of(request).filter(CookieChoice.ANALYTICS::equals).isPresent();
    }

    public boolean isNotToBeTracked() {
        return CookieChoice.notToBeTracked(request);
    }

    public boolean isCounted() {
        return CookieChoice.allowsCounting(request);
    }

    /** The page to come back to after a choice: this one. */
    public String getHere() {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}

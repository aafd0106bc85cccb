package de.anliegen.web.portal.dpo;

import de.anliegen.audit.boundary.CaseId;
import de.anliegen.platform.problems.ProblemException;
import de.anliegen.privacy.boundary.DataSubjectCases;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The export of a case's consumer, as a ZIP download for the data protection officer (web.xml lets only that role
 * in; the boundary checks again, and refuses before the first byte when the case does not allow an export).
 */
@WebServlet("/portal/dpo/export")
public class ExportServlet extends HttpServlet {

    @Inject
    DataSubjectCases cases;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(request.getParameter("case"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        var locale = "en".equals(request.getParameter("language")) ? Locale.ENGLISH : Locale.GERMAN;
        response.setContentType("application/zip");
        response.setHeader("Content-Disposition", "attachment; filename=\"anliegen-case-" + id + ".zip\"");
        response.setHeader("Cache-Control", "no-store");
        try {
            cases.export(new CaseId(id), locale, response.getOutputStream());
        } catch (ProblemException e) {
            // refused before the first byte (the case closed, or its person erased, since the page was drawn): back to
            // the case, which says why
            response.reset();
            response.sendRedirect(request.getContextPath() + "/portal/dpo/case.xhtml?id=" + id + "&refused="
                    + URLEncoder.encode(e.type(), StandardCharsets.UTF_8));
        }
    }
}

package de.anliegen.web.portal.inbox;

import de.anliegen.conversation.boundary.AttachmentFile;
import de.anliegen.conversation.boundary.AttachmentId;
import de.anliegen.conversation.boundary.Attachments;
import de.anliegen.conversation.boundary.ConversationId;
import de.anliegen.platform.problems.Forbidden;
import de.anliegen.platform.problems.NotFound;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The files of a conversation for the portal, which signs in with its session rather than a token: the same
 * boundary as the API's, so an attachment of another company's conversation is not found. A file of a request whose
 * consumer's data were restricted since the page was drawn leads to the request's page, which says so.
 */
@WebServlet("/portal/inbox/attachment")
public class AttachmentServlet extends HttpServlet {

    @Inject
    Attachments attachments;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long conversation;
        long attachment;
        try {
            conversation = Long.parseLong(request.getParameter("conversation"));
            attachment = Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try {
            var file = attachments.download(new ConversationId(conversation), new AttachmentId(attachment));
            response.setContentType(file.attachment().contentType());
            response.setContentLength(file.content().length);
            response.setHeader("Content-Disposition", file.disposition());
            response.setHeader("Cache-Control", AttachmentFile.CACHE_CONTROL);
            response.setHeader("Content-Security-Policy", AttachmentFile.CONTENT_SECURITY_POLICY);
            response.getOutputStream().write(file.content());
        } catch (NotFound e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } catch (Forbidden e) {
            response.sendRedirect(request.getContextPath() + "/portal/inbox/conversation.xhtml?id=" + conversation);
        }
    }
}

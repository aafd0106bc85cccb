package de.anliegen.web.portal.inbox;

import de.anliegen.conversation.boundary.Conversations;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The unread count as JSON ({@code {"count":3,"more":false}}), which an inbox page asks for when its live channel
 * tells of changes, to keep its navigation and the tab's title current without reading the page again.
 */
@WebServlet("/portal/inbox/unread")
public class UnreadServlet extends HttpServlet {

    @Inject
    Conversations conversations;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var unread = conversations.unread();
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter()
                .write(Json.createObjectBuilder()
                        .add("count", unread.count())
                        .add("more", unread.more())
                        .build()
                        .toString());
    }
}

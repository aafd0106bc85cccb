package de.anliegen.web.portal;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

/**
 * PrimeFaces' messages, with list items that are list items: PrimeFaces gives each {@code <li>} the role "alert",
 * which makes the {@code <ul>} a list of something else (axe-core: "list", serious). The messages' container is a
 * live region already ({@code aria-live="polite"}), so screen readers still announce them (faces-config.xml).
 */
public class ListedMessagesRenderer extends MessagesRenderer {

    @Override
    protected void encodeMessage(
            ResponseWriter writer, Messages messages, FacesMessage message, String severity, boolean escape)
            throws IOException {
        super.encodeMessage(new WithoutItemRoles(writer), messages, message, severity, escape);
    }

    private static final class WithoutItemRoles extends ResponseWriterWrapper {

        WithoutItemRoles(ResponseWriter writer) {
            super(writer);
        }

        @Override
        public void writeAttribute(String name, Object value, String property) throws IOException {
            if (!name.equals("role") && !name.equals("aria-atomic")) {
                super.writeAttribute(name, value, property);
            }
        }
    }
}

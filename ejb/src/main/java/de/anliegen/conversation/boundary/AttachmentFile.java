package de.anliegen.conversation.boundary;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** An attachment with its bytes, to stream back. */
public record AttachmentFile(AttachmentView attachment, byte[] content) {

    /** The Content-Disposition to send it with: images inline, anything else as a download, under its own name. */
    public String disposition() {
        var name = attachment.fileName();
        return (attachment.contentType().startsWith("image/") ? "inline" : "attachment")
                + "; filename=\"" + name.replaceAll("[^\\x20-\\x7e]|[\\\\\"]", "_") + "\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }
}

package de.anliegen.conversation.boundary;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** An attachment with its bytes, to stream back. */
public record AttachmentFile(AttachmentView attachment, byte[] content) {

    /**
     * Never kept by the browser or a proxy: a file of a conversation must not stay on a shared computer after its
     * reader signed out, nor after the consumer's data was erased.
     */
    public static final String CACHE_CONTROL = "no-store";

    /** A file opened on its own runs nothing and loads nothing, whatever it holds. */
    public static final String CONTENT_SECURITY_POLICY = "sandbox; default-src 'none'";

    /** The Content-Disposition to send it with: images inline, anything else as a download, under its own name. */
    public String disposition() {
        var name = attachment.fileName();
        return (attachment.contentType().startsWith("image/") ? "inline" : "attachment")
                + "; filename=\"" + name.replaceAll("[^\\x20-\\x7e]|[\\\\\"]", "_") + "\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }
}

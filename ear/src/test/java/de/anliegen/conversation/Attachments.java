package de.anliegen.conversation;

import de.anliegen.support.Api;
import de.anliegen.support.Binary;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** Uploading and downloading attachments through the API, in tests. */
final class Attachments {

    private Attachments() {}

    static Api.Reply upload(String token, long conversation, String contentType, String name, byte[] bytes) {
        var path = "/api/v1/conversations/" + conversation + "/attachments?name="
                + URLEncoder.encode(name, StandardCharsets.UTF_8);
        return Binary.upload("POST", path, token, contentType, bytes);
    }

    static HttpResponse<byte[]> download(String token, long conversation, long attachment) {
        return Binary.download("/api/v1/conversations/" + conversation + "/attachments/" + attachment, token);
    }
}

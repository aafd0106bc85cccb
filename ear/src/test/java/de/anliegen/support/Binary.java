package de.anliegen.support;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.Random;
import javax.imageio.ImageIO;

/** Files through the API in tests: pictures drawn on the spot, uploads and downloads of raw bytes. */
public final class Binary {

    private static final HttpClient CLIENT =
            HttpClient.newBuilder().sslContext(Api.trustingSelfSigned()).build();

    private Binary() {}

    /** A small picture in {@code format} ("png", "jpg"), half of it blue. */
    public static byte[] image(String format, int width, int height) {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(new Color(11, 92, 173));
        graphics.fillRect(0, 0, width / 2, height);
        graphics.dispose();
        return bytesOf(image, format);
    }

    /**
     * A photo as a phone's camera takes it, in {@code format}: a colour of its own in every pixel, which no format
     * compresses much, so that it is as large as a camera's file.
     */
    public static byte[] photo(String format, int width, int height) {
        var random = new Random(width * 31L + height);
        var pixels = new int[width * height];
        for (var i = 0; i < pixels.length; i++) {
            pixels[i] = random.nextInt(0x1000000);
        }
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, width, height, pixels, 0, width);
        return bytesOf(image, format);
    }

    private static byte[] bytesOf(BufferedImage image, String format) {
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The bytes as the body of a request, of {@code contentType} (null: the request names none). */
    public static Api.Reply upload(String method, String path, String token, String contentType, byte[] bytes) {
        var request = Api.request(path)
                .header("Authorization", "Bearer " + token)
                .method(method, BodyPublishers.ofByteArray(bytes));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return Api.send(request.build());
    }

    /** GET of raw bytes, with the token if there is one. */
    public static HttpResponse<byte[]> download(String path, String token) {
        var request = Api.request(path).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return CLIENT.send(request.build(), BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

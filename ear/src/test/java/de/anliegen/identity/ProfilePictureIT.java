package de.anliegen.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.anliegen.support.AgainstTheProduct;
import de.anliegen.support.Api;
import de.anliegen.support.Binary;
import de.anliegen.support.Consumers;
import de.anliegen.support.OnEveryDatabase;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Profile pictures: JPEG or PNG up to 2 MB, checked by decoding, drawn anew without the file's metadata. */
@OnEveryDatabase
class ProfilePictureIT extends AgainstTheProduct {

    @Test
    void a_jpeg_with_a_gps_position_is_kept_without_it() throws Exception {
        var anna = Consumers.signUp("Anna", "Bild");
        var withGps = withExif(image("jpeg", 800, 600), "GPSLatitude 48.7758 N GPSLongitude 9.1829 E");

        assertEquals(204, upload(anna.accessToken(), "image/jpeg", withGps).status());

        var stored = download(anna.accessToken());
        assertEquals("image/jpeg", stored.headers().firstValue("Content-Type").orElse(""));
        var text = new String(stored.body(), StandardCharsets.ISO_8859_1);
        assertFalse(text.contains("GPSLatitude"), "no GPS position survives");
        assertFalse(text.contains("Exif"), "no EXIF block survives");
        var decoded = ImageIO.read(new ByteArrayInputStream(stored.body()));
        assertEquals(800, decoded.getWidth());
    }

    @Test
    void a_large_png_is_drawn_at_most_1024_pixels_a_side() throws Exception {
        var ben = Consumers.signUp("Ben", "Gross");

        assertEquals(
                204,
                upload(ben.accessToken(), "application/octet-stream", image("png", 2000, 1000))
                        .status(),
                "a picture whose type the client does not say (a generated client's) is read from its bytes");

        var decoded = ImageIO.read(
                new ByteArrayInputStream(download(ben.accessToken()).body()));
        assertEquals(1024, decoded.getWidth());
        assertEquals(512, decoded.getHeight());
    }

    @Test
    void anything_but_a_jpeg_or_png_image_is_refused_with_415_and_over_2_mb_with_413() throws Exception {
        var cara = Consumers.signUp("Cara", "Falsch");

        var text = upload(cara.accessToken(), "text/plain", "kein Bild".getBytes(StandardCharsets.UTF_8));
        assertEquals(415, text.status(), text::toString);
        var undeclared =
                upload(cara.accessToken(), "application/octet-stream", "kein Bild".getBytes(StandardCharsets.UTF_8));
        assertEquals(415, undeclared.status(), "octet-stream is judged by its bytes: " + undeclared);
        var disguised =
                upload(cara.accessToken(), "image/png", "<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8));
        assertEquals(415, disguised.status(), disguised::toString);
        assertEquals("/problems/unsupported-picture", disguised.json().getString("type"));
        var huge = new byte[2 * 1024 * 1024 + 10];
        System.arraycopy(image("png", 10, 10), 0, huge, 0, 8);
        var tooLarge = upload(cara.accessToken(), "image/png", huge);
        assertEquals(413, tooLarge.status(), tooLarge::toString);
        assertEquals(404, Api.get("/api/v1/me/picture", cara.accessToken()).status(), "nothing was stored");
    }

    @Test
    void a_picture_can_be_removed() throws Exception {
        var dora = Consumers.signUp("Dora", "Weg");
        upload(dora.accessToken(), "image/png", image("png", 50, 50));

        assertEquals(204, Api.delete("/api/v1/me/picture", dora.accessToken()).status());

        var gone = Api.get("/api/v1/me/picture", dora.accessToken());
        assertEquals(404, gone.status(), gone::toString);
        assertEquals("application/problem+json", gone.contentType());
    }

    private static Api.Reply upload(String token, String contentType, byte[] bytes) {
        return Binary.upload("PUT", "/api/v1/me/picture", token, contentType, bytes);
    }

    private static java.net.http.HttpResponse<byte[]> download(String token) {
        var response = Binary.download("/api/v1/me/picture", token);
        assertEquals(200, response.statusCode());
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""), "kept by no browser");
        return response;
    }

    private static byte[] image(String format, int width, int height) {
        return Binary.image(format, width, height);
    }

    /** The JPEG with an APP1 "Exif" segment right after its start marker, as cameras write it. */
    private static byte[] withExif(byte[] jpeg, String payload) {
        var exif = ("Exif\0\0" + payload).getBytes(StandardCharsets.ISO_8859_1);
        var length = exif.length + 2;
        var out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(0xFF);
        out.write(0xE1);
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.write(exif, 0, exif.length);
        out.write(jpeg, 2, jpeg.length - 2);
        var result = out.toByteArray();
        assertTrue(new String(result, StandardCharsets.ISO_8859_1).contains("GPSLatitude"));
        return result;
    }
}

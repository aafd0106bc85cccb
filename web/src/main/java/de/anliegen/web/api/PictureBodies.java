package de.anliegen.web.api;

import de.anliegen.platform.pictures.Picture;
import de.anliegen.platform.pictures.Pictures;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.Date;

/** Pictures in and out of the API: uploads read up to their limit, stored pictures answered with their type. */
public final class PictureBodies {

    private PictureBodies() {}

    /** The uploaded bytes; 413 beyond 2 MB, without reading further. */
    public static byte[] read(InputStream upload) throws IOException {
        var bytes = upload.readNBytes(Pictures.MOST_BYTES + 1);
        if (bytes.length > Pictures.MOST_BYTES) {
            throw new WebApplicationException(Response.Status.REQUEST_ENTITY_TOO_LARGE);
        }
        return bytes;
    }

    public static Response of(Picture picture, String cacheControl) {
        return Response.ok(picture.bytes(), picture.contentType())
                .header("Cache-Control", cacheControl)
                .lastModified(Date.from(picture.updatedAt()))
                .build();
    }
}

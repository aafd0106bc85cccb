package de.anliegen.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class WebApplicationExceptionMapperTest {

    private static final String UNABLE = "RESTEASY003870: Unable to extract parameter from http request: ";

    @Test
    void a_query_parameter_that_could_not_be_converted_is_named() {
        assertEquals(
                Optional.of("limit"),
                WebApplicationExceptionMapper.unconvertibleQueryParameter(
                        UNABLE + "jakarta.ws.rs.QueryParam(\"limit\") value is 'x'"));
    }

    @Test
    void a_path_parameter_or_no_message_names_no_query_parameter() {
        assertEquals(
                Optional.empty(),
                WebApplicationExceptionMapper.unconvertibleQueryParameter(
                        UNABLE + "jakarta.ws.rs.PathParam(\"id\") value is 'abc'"));
        assertEquals(Optional.empty(), WebApplicationExceptionMapper.unconvertibleQueryParameter(null));
    }
}

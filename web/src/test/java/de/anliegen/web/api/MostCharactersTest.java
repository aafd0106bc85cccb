package de.anliegen.web.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MostCharactersTest {

    private final MostCharacters.Counted counted = new MostCharacters.Counted();

    @MostCharacters(3)
    private static final String ANNOTATED = "";

    @Test
    void an_emoji_counts_once_as_json_schema_counts_it() throws Exception {
        counted.initialize(
                MostCharactersTest.class.getDeclaredField("ANNOTATED").getAnnotation(MostCharacters.class));
        assertTrue(counted.isValid("😀😀😀", null));
        assertTrue(counted.isValid("abc", null));
        assertFalse(counted.isValid("😀😀😀😀", null));
        assertFalse(counted.isValid("abcd", null));
        assertTrue(counted.isValid(null, null));
    }
}

package de.anliegen.identity.control;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Access tokens by their SHA-256 hash, in chunks small enough for one {@code in} list each: for checks of many. */
public final class TokenHashes {

    public static final int CHUNK = 500;

    private final Map<String, String> tokens = new HashMap<>();

    public TokenHashes(Collection<String> accessTokens) {
        accessTokens.forEach(token -> tokens.put(Secrets.sha256(token), token));
    }

    public List<List<String>> chunks() {
        var hashes = List.copyOf(tokens.keySet());
        var chunks = new ArrayList<List<String>>();
        for (var from = 0; from < hashes.size(); from += CHUNK) {
            chunks.add(hashes.subList(from, Math.min(hashes.size(), from + CHUNK)));
        }
        return chunks;
    }

    /** The token of a hash. */
    public String token(String hash) {
        return tokens.get(hash);
    }
}

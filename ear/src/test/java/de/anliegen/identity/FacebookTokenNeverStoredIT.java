package de.anliegen.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.anliegen.support.Api;
import de.anliegen.support.Deployments;
import de.anliegen.support.FacebookGraphServer;
import de.anliegen.support.OnEveryDatabase;
import jakarta.annotation.Resource;
import jakarta.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The privacy notice's promise: of a social network we keep a key, never its credentials. Facebook sign-ins through
 * the API, the web app's way (a code our server exchanges for a token) and a native app's (a token of Facebook's SDK);
 * then, inside the server, every text column of every table and the server log are searched for the code, its
 * verifier and every token.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(OrderAnnotation.class)
@OnEveryDatabase
class FacebookTokenNeverStoredIT {

    private static final String TOKEN = "EAAGneverStoredToken7f3a9c";
    private static final String CODE = "AQneverStoredCode5d2e8b";
    private static final String VERIFIER = "neverStoredVerifier-0123456789-abcdefghijklmnopq";
    private static final String USER_ID = "900000000000042";
    /** The native app's token, the code, its verifier, and how every token our server got for a code begins. */
    private static final List<String> SECRETS = List.of(TOKEN, CODE, VERIFIER, FacebookGraphServer.EXCHANGED);

    private static final Set<Integer> TEXT =
            Set.of(Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.CLOB, Types.NCHAR, Types.NVARCHAR, Types.NCLOB);

    @Resource(lookup = "java:jboss/datasources/AnliegenDS")
    DataSource database;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earTesting();
    }

    @Test
    @Order(1)
    @RunAsClient
    void a_consumer_signs_in_with_facebook_by_a_code_and_with_a_native_apps_token() {
        try (var graph = FacebookGraphServer.start()) {
            var grant = graph.grantWith(CODE, VERIFIER, USER_ID, "Theo", "Token", "theo-token@facebook.example.org");
            var byCode = Api.post("/api/v1/auth/facebook/code", grant.json());
            assertTrue(byCode.status() == 201 || byCode.status() == 200, byCode::toString);
            assertEquals(1, graph.exchangedTokens().size(), "our server exchanged the code");

            graph.issue(TOKEN, USER_ID, "Theo", "Token", "theo-token@facebook.example.org");
            var byToken = Api.post(
                    "/api/v1/auth/facebook",
                    Json.createObjectBuilder().add("accessToken", TOKEN).build().toString());
            assertEquals(200, byToken.status(), byToken::toString);
        }
    }

    @Test
    @Order(2)
    void no_column_of_any_table_holds_the_token_but_the_key_is_kept() throws Exception {
        var searched = new ArrayList<String>();
        try (var connection = database.getConnection()) {
            var quote = connection.getMetaData().getIdentifierQuoteString();
            var columns =
                    connection.getMetaData().getColumns(connection.getCatalog(), connection.getSchema(), "%", "%");
            while (columns.next()) {
                if (!TEXT.contains(columns.getInt("DATA_TYPE"))) {
                    continue;
                }
                var table = columns.getString("TABLE_NAME");
                var column = quote + columns.getString("COLUMN_NAME") + quote;
                // one scan of the column for all the secrets: the tables are large by now
                var anySecret = String.join(" or ", Collections.nCopies(SECRETS.size(), column + " like ?"));
                try (var query = connection.prepareStatement(
                        "select " + column + " from " + quote + table + quote + " where " + anySecret)) {
                    for (var i = 0; i < SECRETS.size(); i++) {
                        query.setString(i + 1, "%" + SECRETS.get(i) + "%");
                    }
                    try (var result = query.executeQuery()) {
                        assertFalse(result.next(), () -> table + "." + column + " holds a secret: " + value(result));
                    }
                }
                searched.add(table + "." + column);
            }
            try (var key = connection.prepareStatement(
                    "select count(*) from social_identity where provider = 'facebook' and subject = ?")) {
                key.setString(1, USER_ID);
                try (var result = key.executeQuery()) {
                    result.next();
                    assertEquals(1, result.getInt(1), "the key is kept");
                }
            }
        }
        assertTrue(searched.size() > 20, "searched " + searched);
    }

    private static String value(ResultSet result) {
        try {
            return result.getString(1);
        } catch (SQLException e) {
            return e.toString();
        }
    }

    @Test
    @Order(3)
    void no_log_line_holds_the_token() throws Exception {
        var log = Path.of(System.getProperty("jboss.server.log.dir"), "server.log");
        assertTrue(Files.exists(log), log.toString());
        var lines = Files.readString(log);
        for (var secret : SECRETS) {
            assertFalse(lines.contains(secret), "the server log holds " + secret);
        }
    }
}

package de.anliegen.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.anliegen.support.AgainstTheProduct;
import de.anliegen.support.Consumers;
import de.anliegen.support.ContractTools;
import de.anliegen.support.KotlinClient;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Kotlin client an Android team starts from (issue 20): openapi-generator's client of the consumers' document
 * compiles with Kotlin's compiler against the libraries its build names, its operations answer with the document's
 * models rather than with {@code Unit} or {@code Any}, and those models read what the server answers.
 */
class KotlinClientIT extends AgainstTheProduct {

    /** Compiled once for all tests of the class: generating and compiling take half a minute. */
    private static KotlinClient.Compilation compiled;

    @Test
    void the_generated_kotlin_client_compiles_and_its_operations_answer_with_models() {
        for (var operation : List.of("sendMessage", "verifyRegistration", "startRegistration", "getMe")) {
            var answer = compiled().operation(operation).getReturnType();
            assertEquals(KotlinClient.PACKAGE + ".models", answer.getPackageName(), () -> operation + ": " + answer);
        }
    }

    @Test
    void the_generated_models_read_what_the_server_answers() {
        var number = Consumers.newMobileNumber();
        var registration = Consumers.register("Anna", "Kotlin", number);
        assertEquals(202, registration.status(), registration::toString);
        var registered = compiled().read("RegistrationView", registration.body());
        assertTrue(registered.contains("id=" + registration.json().getString("id")), registered);
        assertFalse(registered.contains("codeExpiresAt=null"), registered);

        var verified = Consumers.verify(registration.json().getString("id"), Consumers.codeSentTo(number));
        assertEquals(201, verified.status(), verified::toString);
        var signedIn = compiled().read("SignedIn", verified.body());
        var tokens = verified.json().getJsonObject("tokens");
        assertTrue(signedIn.contains("accessToken=" + tokens.getString("accessToken")), signedIn);
        assertTrue(signedIn.contains("mobileNumber=" + number), signedIn);
    }

    private static synchronized KotlinClient.Compilation compiled() {
        if (compiled == null) {
            var started = System.nanoTime();
            var client = KotlinClient.generate(
                            ContractTools.fetch("/api/openapi/consumer.json", "consumer.json")
                                    .toString(),
                            "consumer")
                    .buildsAsWeCompileIt();
            var generated = (System.nanoTime() - started) / 1_000_000;
            compiled = client.compile().succeeded();
            System.out.printf(
                    "Kotlin client: generated in %d ms, %d files compiled in %d ms, %d warnings%n%s%n",
                    generated,
                    compiled.sources(),
                    compiled.millis(),
                    compiled.warnings().size(),
                    String.join("\n", compiled.warnings()));
        }
        return compiled;
    }
}

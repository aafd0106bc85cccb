package de.anliegen.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.anliegen.support.AgainstTheProduct;
import de.anliegen.support.ContractTools;
import de.anliegen.support.ServiceRequests;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The TypeScript client a web or React Native team generates (issue 20): openapi-generator's typescript-fetch client
 * of each audience's document, compiled with tsc in strict mode together with two flows written with nothing else
 * (src/test/contract/flows), and the flows run with Node against the product. The consumer's flow goes from
 * registration to the export and signing out, the agent's answers that consumer's request; every refusal on the way
 * is read through the generated ProblemDetails. A flow exits 1 at the first step the product or the client gets wrong.
 */
class TypeScriptClientIT extends AgainstTheProduct {

    private static final List<String> AUDIENCES = List.of("consumer", "agents", "dev");
    private static final Duration LIMIT = Duration.ofMinutes(2);
    private static final Pattern OUTCOME = Pattern.compile("(?m)^\\w+ flow: \\w+ conversation (\\d+) in \\d+ ms$");

    @Test
    void a_consumer_and_an_agent_go_their_whole_way_with_the_generated_typescript_clients_alone() {
        var generating = timed(() -> AUDIENCES.forEach(TypeScriptClientIT::generate));
        var compiling = timed(() -> {
            ContractTools.delete(ContractTools.HOME.resolve("build"));
            ContractTools.npm(LIMIT, "tsc", "-p", "tsconfig.json").succeeded();
        });
        // unique, so that the agent's search finds this consumer's request alone
        var subject = "TypeScript " + ServiceRequests.newId();

        var consumer = flow("consumer", subject);
        var agent = flow("agent", subject);

        assertEquals(
                conversationOf(consumer.output()),
                conversationOf(agent.output()),
                () -> "the agent answers the request the consumer opened:\n" + consumer.output() + agent.output());
        System.out.printf(
                "TypeScript clients: generated in %d ms, compiled in %d ms%n%s%n%s%n",
                generating,
                compiling,
                consumer.output().stripTrailing(),
                agent.output().stripTrailing());
    }

    /**
     * The client of one audience's document, afresh in target/contract/ts/AUDIENCE. ES6 for Node 20, whose fetch,
     * Blob and FormData the client uses as they are; imports ending in .js, as Node's ES modules need.
     */
    private static void generate(String audience) {
        var document = ContractTools.fetch("/api/openapi/" + audience + ".json", audience + ".json");
        var client = ContractTools.HOME.resolve("ts").resolve(audience);
        ContractTools.delete(client);
        ContractTools.generator(
                        "generate",
                        "-g",
                        "typescript-fetch",
                        "--additional-properties",
                        "supportsES6=true,importFileExtension=.js",
                        "-i",
                        document.toString(),
                        "-o",
                        client.toString())
                .succeeded();
    }

    private static ContractTools.Run flow(String name, String subject) {
        return ContractTools.npm(LIMIT, "node", "build/flows/" + name + ".js", subject)
                .succeeded();
    }

    private static String conversationOf(String output) {
        var outcome = OUTCOME.matcher(output);
        assertTrue(outcome.find(), output);
        return outcome.group(1);
    }

    private static long timed(Runnable step) {
        var started = System.nanoTime();
        step.run();
        return (System.nanoTime() - started) / 1_000_000;
    }
}

package de.anliegen.web.api;

import de.anliegen.conversation.boundary.ConversationView;
import de.anliegen.conversation.boundary.Conversations;
import de.anliegen.conversation.boundary.MessageView;
import de.anliegen.identity.boundary.Roles;
import de.anliegen.platform.gateways.OutboxEntry;
import de.anliegen.privacy.boundary.Consents;
import de.anliegen.privacy.boundary.Purpose;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * What the annotations cannot say about the API's values, said by {@link ApiDocument} from the constants the service
 * itself checks against (one source of truth): the values a field or a parameter takes (a generated client gets an
 * enum), and the form of a mobile number.
 */
final class DocumentedValues {

    /** Per schema, per property: the values it takes. */
    private static final Map<String, Map<String, List<String>>> OF_PROPERTIES = Map.of(
            "ConversationView", Map.of("status", ConversationView.STATUSES, "priority", ConversationView.PRIORITIES),
            "StatusRequest", Map.of("status", Conversations.STATUSES_AN_AGENT_SETS),
            "LabelsRequest", Map.of("priority", ConversationView.PRIORITIES),
            "BulkChangeRequest", Map.of("status", Conversations.STATUSES_AN_AGENT_SETS),
            "MessageView", Map.of("author", MessageView.AUTHORS),
            "ConsentView", Map.of("purpose", Purpose.keys(), "channel", Consents.CHANNELS),
            "Decision", Map.of("purpose", Purpose.keys()),
            "OutboxEntry", Map.of("channel", OutboxEntry.CHANNELS),
            "StaffAccountView", Map.of("roles", Roles.STAFF));

    /** Per operation, per query parameter: the values it takes. */
    private static final Map<String, Map<String, List<String>>> OF_PARAMETERS = Map.of(
            "listConversations",
            Map.of(
                    "queue",
                    Conversations.QUEUES,
                    "status",
                    ConversationView.STATUSES,
                    "priority",
                    ConversationView.PRIORITIES,
                    "order",
                    Conversations.ORDERS));

    /** The answers' numbers are normalised; what a person typed is taken in any common form. */
    private static final String E164 =
            "In E.164, as the service normalised it: + and the country code, e.g. +4915112345678";

    private static final String TYPED_NUMBER = "A mobile number as the person types it: spaces, dashes and brackets"
            + " are ignored, a number without a country code is German (015112345678), otherwise +49… or 0049…. The"
            + " service answers with it in E.164 (+4915112345678); a number that cannot receive SMS is refused (400).";

    private static final List<String> ANSWERS_WITH_NUMBER =
            List.of("ConsumerView", "ConsumerContact", "RegistrationView");
    private static final List<String> ASKS_FOR_NUMBER = List.of("RegistrationRequest", "MobileNumberRequest");

    private DocumentedValues() {}

    static void describe(Components components) {
        var schemas = components.getSchemas();
        if (schemas == null) {
            return;
        }
        OF_PROPERTIES.forEach((name, properties) -> properties.forEach((property, values) -> {
            var schema = property(schemas, name, property);
            if (schema != null) {
                (schema.getItems() != null ? schema.getItems() : schema).setEnumeration(new ArrayList<>(values));
            }
        }));
        for (var name : ANSWERS_WITH_NUMBER) {
            var number = property(schemas, name, "mobileNumber");
            if (number != null) {
                number.description(E164).pattern("^\\+[1-9][0-9]{6,14}$");
            }
        }
        for (var name : ASKS_FOR_NUMBER) {
            var number = property(schemas, name, "mobileNumber");
            if (number != null) {
                number.description(TYPED_NUMBER);
            }
        }
    }

    static void describe(Operation operation) {
        var parameters = OF_PARAMETERS.get(operation.getOperationId());
        if (parameters == null || operation.getParameters() == null) {
            return;
        }
        operation.getParameters().stream()
                .filter(parameter -> parameters.containsKey(parameter.getName()))
                .forEach(parameter ->
                        parameter.getSchema().setEnumeration(new ArrayList<>(parameters.get(parameter.getName()))));
    }

    /** The property's schema; null where the model has none (OpenApiContractIT checks the served document). */
    private static Schema property(Map<String, Schema> schemas, String name, String property) {
        var schema = schemas.get(name);
        return schema == null || schema.getProperties() == null
                ? null
                : schema.getProperties().get(property);
    }
}

package de.anliegen.notification.control;

/**
 * The mail to an agent whose assigned request waits while no one of the company is in the portal: which request, of
 * which company, since how long, and the link to it. Never what the consumer wrote, nor the request's subject (the
 * consumer's words too): only the portal shows those, after signing in.
 */
public final class AwayMailText {

    public static final String SUBJECT = "Eine Anfrage wartet auf Sie / A request awaits you";

    private AwayMailText() {}

    public static String body(String agentName, String companyName, long requestNumber, int minutes, String link) {
        return """
                Hallo %1$s,

                in der Anfrage Nr. %3$d an %2$s, die Ihnen zugewiesen ist, wartet eine Nachricht seit mindestens
                %4$d Minuten auf Antwort, und niemand aus Ihrem Team ist im Portal:
                %5$s

                Was darin steht, zeigt nur das Portal. Diese E-Mail kommt, weil %2$s sie für Zeiten eingestellt hat,
                in denen niemand im Portal ist; bis jemand die Anfrage gelesen hat, kommt keine weitere.

                Hello %1$s,

                a message in request no. %3$d to %2$s, assigned to you, has awaited an answer for %4$d minutes or more,
                and no one of your team is in the portal:
                %5$s

                Only the portal shows what it says. %2$s has this mail sent while no one is in the portal; until
                someone has read the request, no other follows.
                """.formatted(agentName, companyName, requestNumber, minutes, link);
    }
}

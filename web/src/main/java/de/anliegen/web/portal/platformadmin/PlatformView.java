package de.anliegen.web.portal.platformadmin;

import de.anliegen.company.boundary.Companies;
import de.anliegen.company.boundary.Connections;
import de.anliegen.conversation.boundary.PlatformFigures;
import de.anliegen.conversation.boundary.ServiceFigures;
import de.anliegen.identity.boundary.ConsumerContacts;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The platform in numbers, for its admins: how many, never what anyone wrote. */
@Named
@RequestScoped
public class PlatformView {

    @Inject
    Companies companies;

    @Inject
    Connections connections;

    @Inject
    ConsumerContacts consumers;

    @Inject
    ServiceFigures figures;

    private long companyCount;
    private long consumerCount;
    private long connectionCount;
    private PlatformFigures conversations;

    @PostConstruct
    void load() {
        companyCount = companies.count();
        consumerCount = consumers.count();
        connectionCount = connections.countActive();
        conversations = figures.ofPlatform();
    }

    public long getCompanyCount() {
        return companyCount;
    }

    public long getConsumerCount() {
        return consumerCount;
    }

    public long getConnectionCount() {
        return connectionCount;
    }

    public PlatformFigures getConversations() {
        return conversations;
    }
}

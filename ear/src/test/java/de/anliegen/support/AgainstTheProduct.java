package de.anliegen.support;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/** Tests that speak to the product from outside, as its users do: the EAR deployed as built, the test as a client. */
@ExtendWith(ArquillianExtension.class)
public abstract class AgainstTheProduct {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }
}

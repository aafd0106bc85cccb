package de.anliegen.support;

import java.util.Comparator;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * Runs the classes that test the EAR as built from outside ({@link AgainstTheProduct}) before the in-container ones,
 * so that each of the two shared deployments (support/arquillian/SharedDeployments) is deployed once
 * (junit-platform.properties).
 */
public class SharedDeploymentFirst implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors()
                .sort(Comparator.comparingInt(
                        descriptor -> AgainstTheProduct.class.isAssignableFrom(descriptor.getTestClass()) ? 0 : 1));
    }
}

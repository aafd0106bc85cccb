package de.anliegen;

import static com.tngtech.archunit.base.DescribedPredicate.anyElementThat;
import static com.tngtech.archunit.core.domain.JavaAccess.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.INTERFACES;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.elements.GivenMethodsConjunction;
import de.anliegen.identity.boundary.Caller;
import de.anliegen.platform.entity.StoredPicture;
import de.anliegen.platform.settings.Settings;
import de.anliegen.platform.time.Clocks;
import jakarta.ejb.EJBContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Entity;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules of docs/architecture.md, checked over the compiled classes of both modules (the EJB module's and the
 * WAR's, without tests): a rule that breaks fails the build.
 */
class ArchitectureTest {

    private static final List<String> COMPONENTS =
            List.of("audit", "company", "conversation", "demo", "identity", "notification", "platform", "privacy");

    private static final JavaClasses PRODUCT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("de.anliegen");

    @Test
    void the_web_module_sees_the_components_boundaries_only() {
        noClasses()
                .that()
                .resideInAPackage("de.anliegen.web..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("de.anliegen.*.control..", "de.anliegen.*.entity..")
                .check(PRODUCT);
    }

    /**
     * A component's helpers and tables are its own. One exception stands: the pictures of two components (a
     * company's logo, a consumer's picture) extend the platform's mapped superclass of a stored picture.
     */
    @Test
    void no_component_uses_another_components_control_or_entity_classes() {
        for (var component : COMPONENTS) {
            noClasses()
                    .that()
                    .resideInAPackage("de.anliegen..")
                    .and()
                    .resideOutsideOfPackage("de.anliegen." + component + "..")
                    .should()
                    .dependOnClassesThat(resideInAnyPackage(
                                    "de.anliegen." + component + ".control..", "de.anliegen." + component + ".entity..")
                            .and(equivalentTo(StoredPicture.class).negate()))
                    .check(PRODUCT);
        }
    }

    /**
     * No cycles between components: a component that must tell one it does not know fires an event (company's
     * {@code Connecting}, which privacy's consents hear), and the holders of personal data implement identity's
     * {@code PersonalData}, which privacy's export and erasure call.
     */
    @Test
    void components_depend_on_each_other_without_cycles() {
        slices().matching("de.anliegen.(*)..").should().beFreeOfCycles().check(PRODUCT);
    }

    /** The platform is what every component stands on: it knows none of them. */
    @Test
    void the_platform_depends_on_no_component() {
        noClasses()
                .that()
                .resideInAPackage("de.anliegen.platform..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(COMPONENTS.stream()
                        .filter(component -> !component.equals("platform"))
                        .map(component -> "de.anliegen." + component + "..")
                        .toArray(String[]::new))
                .check(PRODUCT);
    }

    /**
     * A view's static factory takes its entity (a view is made inside the component, which alone sees the entity: the
     * rule above); what a boundary's beans offer never does.
     */
    @Test
    void entities_never_leave_a_component_through_a_boundary_method() {
        noBoundaryMethods()
                .should()
                .haveRawReturnType(annotatedWith(Entity.class))
                .orShould()
                .haveRawParameterTypes(anyElementThat(annotatedWith(Entity.class)))
                .check(PRODUCT);
    }

    /**
     * Ids cross a boundary as value types ({@code ConsumerId}, {@code CompanyId}, {@code StaffAccountId},
     * {@code ConversationId}, ...), which a caller cannot mix up: no bean's method takes a bare number named as an id.
     * A view (what the API and the portal show) keeps its ids as numbers.
     */
    @Test
    void ids_cross_a_boundary_as_value_types() {
        noBoundaryMethods()
                .should(new ArchCondition<JavaMethod>("take a bare number named as an id") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        for (var parameter : method.reflect().getParameters()) {
                            var name = parameter.getName();
                            var number = parameter.getType() == long.class || parameter.getType() == Long.class;
                            var named = name.equals("id") || name.endsWith("Id");
                            events.add(new SimpleConditionEvent(
                                    method, number && named, method.getFullName() + " takes the number " + name));
                        }
                    }
                })
                .check(PRODUCT);
    }

    /** The public methods of the beans and records of every component's boundary: what a caller may use. */
    private static GivenMethodsConjunction noBoundaryMethods() {
        return noMethods()
                .that()
                .arePublic()
                .and()
                .areNotStatic()
                .and()
                .areDeclaredInClassesThat()
                .resideInAPackage("de.anliegen.*.boundary..");
    }

    /** The time comes from the one clock (tests can move it), days are Germany's, and settings come from Settings. */
    @Test
    void the_time_the_zone_and_the_configuration_come_from_the_clock_and_the_settings() {
        noClasses()
                .that()
                .doNotBelongToAnyOf(Clocks.class)
                .should()
                .callMethod(Instant.class, "now")
                .orShould()
                .callMethod(LocalDate.class, "now")
                .orShould()
                .callMethod(LocalDate.class, "now", ZoneId.class)
                .orShould()
                .callMethod(LocalDateTime.class, "now")
                .orShould()
                .callMethod(ZonedDateTime.class, "now")
                .orShould()
                .callMethod(System.class, "currentTimeMillis")
                .orShould()
                .callMethod(Clock.class, "systemUTC")
                .orShould()
                .callMethod(Clock.class, "systemDefaultZone")
                .orShould()
                .callMethod(ZoneId.class, "of", String.class)
                .orShould()
                .callMethod(ZoneId.class, "systemDefault")
                .check(PRODUCT);
        noClasses()
                .that()
                .doNotBelongToAnyOf(Settings.class)
                .should()
                .callMethod(System.class, "getProperty", String.class)
                .orShould()
                .callMethod(System.class, "getProperty", String.class, String.class)
                .orShould()
                .callMethod(System.class, "getenv", String.class)
                .orShould()
                .callMethod(System.class, "getenv")
                .check(PRODUCT);
    }

    /** One way to know the caller: the identity boundary's {@link Caller} asks the container; everyone else asks it. */
    @Test
    void only_the_caller_asks_the_container_who_is_calling() {
        var asksWho = target(
                        name("getCallerPrincipal").or(name("isCallerInRole")).or(name("getPrincipalsByType")))
                .and(target(owner(assignableTo(EJBContext.class).or(assignableTo(SecurityContext.class)))));
        noClasses()
                .that()
                .doNotBelongToAnyOf(Caller.class)
                .should()
                .callMethodWhere(asksWho)
                .check(PRODUCT);
    }

    /**
     * A resource lives as long as the application (ADR 25: one made for each request cost a tenth of a signed-in
     * request's CPU time, most of it RESTEasy validating the new instance), so it keeps nothing of a request in a
     * field: parameters come as method parameters, and a {@code @Context} field is an interface, which RESTEasy fills
     * with a proxy to the current request's object.
     */
    @Test
    void a_resource_is_made_once_and_keeps_no_request_in_a_field() {
        classes()
                .that()
                .areAnnotatedWith(Path.class)
                .should()
                .beAnnotatedWith(ApplicationScoped.class)
                .check(PRODUCT);
        noFields()
                .that()
                .areDeclaredInClassesThat()
                .areAnnotatedWith(Path.class)
                .should()
                .beAnnotatedWith(PathParam.class)
                .orShould()
                .beAnnotatedWith(QueryParam.class)
                .orShould()
                .beAnnotatedWith(HeaderParam.class)
                .orShould()
                .beAnnotatedWith(CookieParam.class)
                .orShould()
                .beAnnotatedWith(FormParam.class)
                .orShould()
                .beAnnotatedWith(MatrixParam.class)
                .orShould()
                .beAnnotatedWith(BeanParam.class)
                .check(PRODUCT);
        fields().that()
                .areDeclaredInClassesThat()
                .areAnnotatedWith(Path.class)
                .and()
                .areAnnotatedWith(Context.class)
                .should()
                .haveRawType(INTERFACES)
                .check(PRODUCT);
    }
}

package de.anliegen.company.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.anliegen.company.entity.Company;
import de.anliegen.company.entity.Connection;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CompanyViewTest {

    private static final Instant NOW = Instant.parse("2026-12-05T08:00:00Z");

    private final Company company = new Company("eisdiele", "Eisdiele", null, null, NOW);
    private final Connection connection = new Connection(7L, company, NOW);

    @BeforeEach
    void numbered() throws ReflectiveOperationException {
        var id = Company.class.getDeclaredField("id"); // given by the database
        id.setAccessible(true);
        id.set(company, 3L);
    }

    @Test
    void a_company_says_to_anyone_whether_it_takes_requests_now() {
        assertTrue(CompanyView.of(company).takesRequests());

        company.suspend(NOW.plusSeconds(60));
        assertFalse(CompanyView.of(company).takesRequests(), "suspended: its page is still there, but no requests");

        company.resume();
        assertTrue(CompanyView.of(company).takesRequests());
    }

    @Test
    void a_connection_says_whether_its_company_takes_requests_now() {
        assertTrue(ConnectionView.of(connection).takesRequests());

        company.suspend(NOW.plusSeconds(60));
        var suspended = ConnectionView.of(connection);
        assertFalse(suspended.takesRequests(), "suspended: connected still, but no requests");
        assertFalse(suspended.company().takesRequests(), "as the company itself says");

        company.resume();
        assertTrue(ConnectionView.of(connection).takesRequests());
    }
}

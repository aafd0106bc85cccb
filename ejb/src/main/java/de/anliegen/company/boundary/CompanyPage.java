package de.anliegen.company.boundary;

import jakarta.validation.constraints.NotNull;
import java.util.List;

/** One page of companies, and how many match in all. */
public record CompanyPage(
        @NotNull List<CompanyView> companies,
        @NotNull long total,
        @NotNull int offset,
        @NotNull int limit) {}

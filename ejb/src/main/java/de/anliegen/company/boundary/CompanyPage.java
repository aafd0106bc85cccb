package de.anliegen.company.boundary;

import java.util.List;

/** One page of companies, and how many match in all. */
public record CompanyPage(List<CompanyView> companies, long total, int offset, int limit) {}

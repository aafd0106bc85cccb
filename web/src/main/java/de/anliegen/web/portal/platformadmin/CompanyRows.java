package de.anliegen.web.portal.platformadmin;

import de.anliegen.company.boundary.Companies;
import de.anliegen.company.boundary.CompanyRow;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The participating companies, one page at a time. */
public class CompanyRows extends LazyDataModel<CompanyRow> {

    private final Companies companies;

    public CompanyRows(Companies companies) {
        this.companies = companies;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) companies.count();
    }

    @Override
    public List<CompanyRow> load(
            int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return companies.all(first, Math.min(pageSize, Companies.MOST_PER_PAGE));
    }

    @Override
    public String getRowKey(CompanyRow row) {
        return String.valueOf(row.company().id());
    }
}

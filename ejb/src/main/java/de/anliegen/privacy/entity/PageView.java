package de.anliegen.privacy.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** One view of a public page by a visitor who accepted analytics: the day, the page, the shortened IP address. */
@Entity
@Table(name = "page_view")
@NamedQuery(name = PageView.DAILY, query = """
        select p.viewedOn, p.page, count(p), count(distinct p.ipNetwork) from PageView p
        where p.viewedOn >= :from and p.viewedOn <= :to group by p.viewedOn, p.page order by p.viewedOn, p.page""")
@NamedQuery(name = PageView.DELETE_BEFORE, query = """
        delete from PageView p where p.viewedOn < :before""")
public class PageView {

    public static final String DAILY = "PageView.daily";
    public static final String DELETE_BEFORE = "PageView.deleteBefore";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "viewed_on", nullable = false)
    private LocalDate viewedOn;

    @Column(nullable = false, length = 100)
    private String page;

    @Column(name = "ip_network", nullable = false, length = 45)
    private String ipNetwork;

    protected PageView() {}

    /** The network must already be shortened: a whole address never reaches this table. */
    public PageView(LocalDate viewedOn, String page, String ipNetwork) {
        this.viewedOn = viewedOn;
        this.page = page;
        this.ipNetwork = ipNetwork;
    }

    public Long id() {
        return id;
    }

    public LocalDate viewedOn() {
        return viewedOn;
    }

    public String page() {
        return page;
    }

    public String ipNetwork() {
        return ipNetwork;
    }
}

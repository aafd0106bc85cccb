-- First-party analytics of the public website: one row per page view of a visitor who accepted analytics cookies and
-- whose browser does not ask not to be tracked (DNT, GPC). Only the day is kept, and the IP address is shortened
-- before it is stored (IPv4 /24, IPv6 /48): no cookie id, no user agent, no referrer, nothing that follows a visitor
-- from page to page or site to site. Rows are deleted after ANLIEGEN_ANALYTICS_KEEP_DAYS.
CREATE TABLE page_view (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    viewed_on  DATE         NOT NULL,
    page       VARCHAR(100) NOT NULL,
    ip_network VARCHAR(45)  NOT NULL
);
CREATE INDEX ix_page_view_day ON page_view (viewed_on, page);

-- Loyalty and the dashboard (DOMAIN.md "Loyalty"): complaints open as of any day
-- (made by then, not answered by then), per client, without reading the whole log.
CREATE INDEX log_entry_complaint ON log_entry (client_id, at, resolved_at)
    WHERE kind = 'complaint';

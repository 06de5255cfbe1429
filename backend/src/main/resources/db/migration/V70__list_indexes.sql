-- Indexes behind the lists' one paging pattern (README, Architecture): every list is ordered by an
-- indexed column with the id as tie-breaker, within the town, so a page is read from an index in its
-- order (no sort of the town's rows) and its total is counted from a secondary index, never the table.
-- Notifications already have (town_id, created_at), close-outs (town_id, closed_at).
-- InnoDB appends the primary key (id) to every secondary index, so (town_id, x) already orders by (x, id).

-- Hazards: the default order (last changed first) for the whole town and by state and sector, and
-- the deadline order. (town_id, found_on), (town_id, state, found_on) and (town_id, serial) exist.
CREATE INDEX ix_hazard_town_updated ON hazard (town_id, updated_at);
CREATE INDEX ix_hazard_town_state_updated ON hazard (town_id, state, updated_at);
CREATE INDEX ix_hazard_town_sector_updated ON hazard (town_id, sector_code, updated_at);
CREATE INDEX ix_hazard_town_deadline ON hazard (town_id, deadline);
-- A unit's hazards (the unit filter, a village's or office's own scope and ledger), last changed first.
CREATE INDEX ix_hazard_unit_updated ON hazard (unit_id, updated_at);
CREATE INDEX ix_hazard_reporting_updated ON hazard (reporting_unit_id, updated_at);


-- Notifications: a caller's feed is the town's newest first, filtered by unit and role. With those two
-- in the index, the page is read in order and the totals (all, unread) are counted from the index alone.
-- The id is named before them, as the order's tie-breaker (appended after them it would not order
-- the page). It replaces (town_id, created_at), its prefix.
CREATE INDEX ix_notification_town_feed ON notification (town_id, created_at, id, unit_id, role);
DROP INDEX ix_notification_town ON notification;

-- Show who closed a hazard out by name, as the close-out ledger is read by people, not systems.
ALTER TABLE closeout_entry ADD COLUMN closed_by_name VARCHAR(50) NULL;
UPDATE closeout_entry c LEFT JOIN person p ON p.login = c.closed_by
   SET c.closed_by_name = COALESCE(p.name, c.closed_by);
ALTER TABLE closeout_entry MODIFY closed_by_name VARCHAR(50) NOT NULL;

-- Notifications about a ledger point at it (unit and month), so a click can open that ledger.
ALTER TABLE notification ADD COLUMN period CHAR(7) NULL;

-- Hazard lists are filtered by state and sorted by date found within a town (make bench).
CREATE INDEX ix_hazard_town_state_found ON hazard (town_id, state, found_on);
CREATE INDEX ix_hazard_town_found ON hazard (town_id, found_on);

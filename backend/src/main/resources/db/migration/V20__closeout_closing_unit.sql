-- Each office keeps its own close-out ledger (隐患销号台账): every entry records the unit of whoever
-- closed the hazard. Existing entries take their closer's unit, found by login.
ALTER TABLE closeout_entry ADD COLUMN closing_unit_id BIGINT NULL COMMENT 'unit of the person who closed the hazard';

UPDATE closeout_entry c JOIN person p ON p.login = c.closed_by
   SET c.closing_unit_id = p.unit_id;

ALTER TABLE closeout_entry ADD CONSTRAINT fk_closeout_closing_unit FOREIGN KEY (closing_unit_id) REFERENCES unit (id);

-- An office's own close-out ledger, newest first.
CREATE INDEX ix_closeout_closing_unit ON closeout_entry (town_id, closing_unit_id, closed_at);
CREATE INDEX ix_closeout_town_closed ON closeout_entry (town_id, closed_at);

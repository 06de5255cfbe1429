-- The first month whose monthly ledger a unit owes: months before it are not counted as missing on
-- the board, and their ledgers list nothing. Existing units owe from the month they were created in
-- (created_at is UTC; the towns' zone is UTC+8 without daylight saving). Town admins may move it.
ALTER TABLE unit ADD COLUMN ledgers_due_from CHAR(7) NULL COMMENT 'YYYY-MM';
UPDATE unit SET ledgers_due_from = DATE_FORMAT(created_at + INTERVAL 8 HOUR, '%Y-%m');
ALTER TABLE unit MODIFY ledgers_due_from CHAR(7) NOT NULL;

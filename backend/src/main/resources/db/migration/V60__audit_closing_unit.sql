-- The close-out ledger's closing office (V20) is audited like the entry's other columns; audit rows
-- written before it existed take the entry's value, so the next change is not shown as null → value.
ALTER TABLE closeout_entry_aud ADD COLUMN closing_unit_id BIGINT NULL;

UPDATE closeout_entry_aud a JOIN closeout_entry c ON c.id = a.id
   SET a.closing_unit_id = c.closing_unit_id;

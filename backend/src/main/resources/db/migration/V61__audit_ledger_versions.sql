-- The ledger's versions and history (V30) and the unit's first owed month (V31) are audited like
-- everything else (V11): new columns join their _aud tables, filled from the records as they are now
-- so the next change is not shown as null → value, and the two new records get _aud tables whose
-- existing rows join the baseline revision.
ALTER TABLE unit_aud ADD COLUMN ledgers_due_from CHAR(7) NULL;
UPDATE unit_aud a JOIN unit u ON u.id = a.id SET a.ledgers_due_from = u.ledgers_due_from;

ALTER TABLE ledger_import_aud ADD COLUMN imported_by_name VARCHAR(50) NULL;
UPDATE ledger_import_aud a JOIN ledger_import i ON i.id = a.id SET a.imported_by_name = i.imported_by_name;

ALTER TABLE ledger_line_aud ADD COLUMN submission_id BIGINT NULL;
UPDATE ledger_line_aud a JOIN ledger_line l ON l.id = a.id SET a.submission_id = l.submission_id;

CREATE TABLE ledger_submission_aud (
    id                BIGINT       NOT NULL,
    rev               BIGINT       NOT NULL,
    revtype           TINYINT      NULL,
    ledger_id         BIGINT       NULL,
    submission_no     INT          NULL,
    submitted_at      DATETIME(6)  NULL,
    submitted_by      VARCHAR(100) NULL,
    submitted_by_name VARCHAR(50)  NULL,
    late              BOOLEAN      NULL,
    nil_return        BOOLEAN      NULL,
    note              VARCHAR(500) NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_ledger_submission_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_ledger_submission_aud_ledger ON ledger_submission_aud (ledger_id);

CREATE TABLE ledger_event_aud (
    id            BIGINT       NOT NULL,
    rev           BIGINT       NOT NULL,
    revtype       TINYINT      NULL,
    town_id       BIGINT       NULL,
    unit_id       BIGINT       NULL,
    period        CHAR(7)      NULL,
    action        VARCHAR(20)  NULL,
    at            DATETIME(6)  NULL,
    actor         VARCHAR(100) NULL,
    actor_name    VARCHAR(50)  NULL,
    submission_no INT          NULL,
    detail        VARCHAR(500) NULL,
    row_count     INT          NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_ledger_event_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO ledger_submission_aud (id, rev, revtype, ledger_id, submission_no, submitted_at, submitted_by,
                                   submitted_by_name, late, nil_return, note)
SELECT s.id, b.id, 0, s.ledger_id, s.submission_no, s.submitted_at, s.submitted_by, s.submitted_by_name,
       s.late, s.nil_return, s.note
  FROM ledger_submission s CROSS JOIN audit_revision b WHERE b.baseline = TRUE;

INSERT INTO ledger_event_aud (id, rev, revtype, town_id, unit_id, period, action, at, actor, actor_name,
                              submission_no, detail, row_count)
SELECT e.id, b.id, 0, e.town_id, e.unit_id, e.period, e.action, e.at, e.actor, e.actor_name, e.submission_no,
       e.detail, e.row_count
  FROM ledger_event e CROSS JOIN audit_revision b WHERE b.baseline = TRUE;

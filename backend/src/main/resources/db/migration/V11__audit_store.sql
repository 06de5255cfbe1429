-- The audit store of Hibernate Envers: one audit_revision per transaction that changed audited
-- records (who, town, when), and per audited table a <table>_aud copy holding each record's state
-- as every revision left it (rev, revtype 0 = created, 1 = changed, 2 = deleted).
-- The _aud tables have the columns of their table except version (Envers does not audit it), all
-- nullable but the key (id, rev), as Envers writes them. A column added to an audited table later
-- must be added to its _aud table too (Hibernate validates the schema at start-up).
-- audit_event (V1) stays as written: histories show its entries beside the revisions.

CREATE TABLE audit_revision (
    id       BIGINT       NOT NULL AUTO_INCREMENT,
    at       DATETIME(6)  NOT NULL COMMENT 'when, by the business clock',
    actor    VARCHAR(100) NOT NULL COMMENT 'login of the person or client, or system (jobs, start-up)',
    town_id  BIGINT       NULL COMMENT 'the town whose records changed, when known',
    baseline BOOLEAN      NOT NULL DEFAULT FALSE COMMENT 'the state of all records when auditing began (below): not a change',
    PRIMARY KEY (id),
    CONSTRAINT fk_revision_town FOREIGN KEY (town_id) REFERENCES town (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_revision_town_at ON audit_revision (town_id, at);

CREATE TABLE unit_aud (
    id                 BIGINT       NOT NULL,
    rev                BIGINT       NOT NULL,
    revtype            TINYINT      NULL,
    town_id            BIGINT       NULL,
    kind               VARCHAR(30)  NULL,
    code               VARCHAR(18)  NULL,
    name               VARCHAR(100) NULL,
    enforcement_powers BOOLEAN      NULL,
    active             BOOLEAN      NULL,
    created_at         DATETIME(6)  NULL,
    updated_at         DATETIME(6)  NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_unit_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE unit_sector_aud (
    rev         BIGINT      NOT NULL,
    revtype     TINYINT     NULL,
    unit_id     BIGINT      NOT NULL,
    sector_code VARCHAR(40) NOT NULL,
    PRIMARY KEY (rev, unit_id, sector_code),
    CONSTRAINT fk_unit_sector_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE person_aud (
    id         BIGINT       NOT NULL,
    rev        BIGINT       NOT NULL,
    revtype    TINYINT      NULL,
    unit_id    BIGINT       NULL,
    name       VARCHAR(50)  NULL,
    position   VARCHAR(50)  NULL,
    phone      VARCHAR(20)  NULL,
    login      VARCHAR(100) NULL,
    active     BOOLEAN      NULL,
    created_at DATETIME(6)  NULL,
    updated_at DATETIME(6)  NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_person_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE hazard_aud (
    id                   BIGINT         NOT NULL,
    rev                  BIGINT         NOT NULL,
    revtype              TINYINT        NULL,
    town_id              BIGINT         NULL,
    serial               VARCHAR(20)    NULL,
    unit_id              BIGINT         NULL,
    reporting_unit_id    BIGINT         NULL,
    recurrence_of_id     BIGINT         NULL,
    place                VARCHAR(200)   NULL,
    description          VARCHAR(1000)  NULL,
    sector_code          VARCHAR(40)    NULL,
    cause_category       VARCHAR(20)    NULL,
    grade                VARCHAR(10)    NULL,
    source               VARCHAR(20)    NULL,
    found_by             VARCHAR(50)    NULL,
    found_on             DATE           NULL,
    reported_by          VARCHAR(100)   NULL,
    state                VARCHAR(20)    NULL,
    responsible_unit_id  BIGINT         NULL,
    responsible_person   VARCHAR(50)    NULL,
    measures             VARCHAR(1000)  NULL,
    funds                DECIMAL(14, 2) NULL,
    deadline             DATE           NULL,
    contingency_plan     VARCHAR(1000)  NULL,
    treatment_plan       TEXT           NULL,
    district_reported_at DATETIME(6)    NULL,
    district_reported_by VARCHAR(100)   NULL,
    order_content        VARCHAR(1000)  NULL,
    order_deadline       DATE           NULL,
    order_issued_by      VARCHAR(100)   NULL,
    completed_on         DATE           NULL,
    rectified_by         VARCHAR(100)   NULL,
    verified_by          VARCHAR(100)   NULL,
    verifier_name        VARCHAR(50)    NULL,
    verified_on          DATE           NULL,
    closed_at            DATETIME(6)    NULL,
    closed_by            VARCHAR(100)   NULL,
    import_key           CHAR(64)       NULL,
    remarks              VARCHAR(500)   NULL,
    created_at           DATETIME(6)    NULL,
    updated_at           DATETIME(6)    NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_hazard_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE hazard_event_aud (
    id          BIGINT        NOT NULL,
    rev         BIGINT        NOT NULL,
    revtype     TINYINT       NULL,
    hazard_id   BIGINT        NULL,
    action      VARCHAR(40)   NULL,
    from_state  VARCHAR(20)   NULL,
    to_state    VARCHAR(20)   NULL,
    actor       VARCHAR(100)  NULL,
    actor_name  VARCHAR(50)   NULL,
    at          DATETIME(6)   NULL,
    occurred_on DATE          NULL,
    note        VARCHAR(2000) NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_hazard_event_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_hazard_event_aud_hazard ON hazard_event_aud (hazard_id);

CREATE TABLE hazard_escalation_aud (
    id           BIGINT      NOT NULL,
    rev          BIGINT      NOT NULL,
    revtype      TINYINT     NULL,
    hazard_id    BIGINT      NULL,
    level        INT         NULL,
    days_overdue INT         NULL,
    raised_at    DATETIME(6) NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_hazard_escalation_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_hazard_escalation_aud_hazard ON hazard_escalation_aud (hazard_id);

CREATE TABLE attachment_aud (
    id              BIGINT       NOT NULL,
    rev             BIGINT       NOT NULL,
    revtype         TINYINT      NULL,
    town_id         BIGINT       NULL,
    hazard_id       BIGINT       NULL,
    hazard_event_id BIGINT       NULL,
    kind            VARCHAR(20)  NULL,
    filename        VARCHAR(200) NULL,
    content_type    VARCHAR(100) NULL,
    size_bytes      BIGINT       NULL,
    sha256          CHAR(64)     NULL,
    storage_key     VARCHAR(200) NULL,
    thumbnail_key   VARCHAR(200) NULL,
    width           INT          NULL,
    height          INT          NULL,
    uploaded_by     VARCHAR(100) NULL,
    uploaded_at     DATETIME(6)  NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_attachment_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_attachment_aud_hazard ON attachment_aud (hazard_id);

CREATE TABLE closeout_entry_aud (
    id             BIGINT       NOT NULL,
    rev            BIGINT       NOT NULL,
    revtype        TINYINT      NULL,
    town_id        BIGINT       NULL,
    hazard_id      BIGINT       NULL,
    closeout_no    VARCHAR(20)  NULL,
    closed_at      DATETIME(6)  NULL,
    closed_by      VARCHAR(100) NULL,
    closed_by_name VARCHAR(50)  NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_closeout_entry_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_closeout_entry_aud_hazard ON closeout_entry_aud (hazard_id);

CREATE TABLE monthly_ledger_aud (
    id              BIGINT       NOT NULL,
    rev             BIGINT       NOT NULL,
    revtype         TINYINT      NULL,
    town_id         BIGINT       NULL,
    unit_id         BIGINT       NULL,
    period          CHAR(7)      NULL,
    state           VARCHAR(20)  NULL,
    nil_return      BOOLEAN      NULL,
    due_on          DATE         NULL,
    submitted_at    DATETIME(6)  NULL,
    submitted_by    VARCHAR(100) NULL,
    late            BOOLEAN      NULL,
    returned_reason VARCHAR(500) NULL,
    returned_at     DATETIME(6)  NULL,
    returned_by     VARCHAR(100) NULL,
    accepted_at     DATETIME(6)  NULL,
    accepted_by     VARCHAR(100) NULL,
    note            VARCHAR(500) NULL,
    created_at      DATETIME(6)  NULL,
    updated_at      DATETIME(6)  NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_monthly_ledger_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE ledger_line_aud (
    id                 BIGINT         NOT NULL,
    rev                BIGINT         NOT NULL,
    revtype            TINYINT        NULL,
    ledger_id          BIGINT         NULL,
    line_no            INT            NULL,
    hazard_id          BIGINT         NULL,
    hazard_serial      VARCHAR(20)    NULL,
    unit_name          VARCHAR(100)   NULL,
    state              VARCHAR(20)    NULL,
    found_on           DATE           NULL,
    place              VARCHAR(200)   NULL,
    description        VARCHAR(1000)  NULL,
    cause_category     VARCHAR(20)    NULL,
    grade              VARCHAR(10)    NULL,
    measures           VARCHAR(1000)  NULL,
    responsible_person VARCHAR(50)    NULL,
    deadline           DATE           NULL,
    funds              DECIMAL(14, 2) NULL,
    completed_on       DATE           NULL,
    reviewer           VARCHAR(50)    NULL,
    reviewed_on        DATE           NULL,
    closed_on          DATE           NULL,
    remarks            VARCHAR(500)   NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_ledger_line_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE ledger_import_aud (
    id           BIGINT       NOT NULL,
    rev          BIGINT       NOT NULL,
    revtype      TINYINT      NULL,
    town_id      BIGINT       NULL,
    unit_id      BIGINT       NULL,
    period       CHAR(7)      NULL,
    file_sha256  CHAR(64)     NULL,
    filename     VARCHAR(200) NULL,
    imported_by  VARCHAR(100) NULL,
    imported_at  DATETIME(6)  NULL,
    rows_total   INT          NULL,
    rows_created INT          NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_ledger_import_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The baseline: one revision holding every existing record as it is now, so the first change
-- after this migration is diffed against the real previous values. Its number follows the last
-- audit_event id, so entry ids stay unique when histories show both (AUTO_INCREMENT goes on from it).
INSERT INTO audit_revision (id, at, actor, town_id, baseline)
SELECT COALESCE(MAX(id), 0) + 1, UTC_TIMESTAMP(6), 'system', NULL, TRUE FROM audit_event;

INSERT INTO unit_aud (id, rev, revtype, town_id, kind, code, name, enforcement_powers, active, created_at, updated_at)
SELECT u.id, b.id, 0, u.town_id, u.kind, u.code, u.name, u.enforcement_powers, u.active, u.created_at, u.updated_at
  FROM unit u CROSS JOIN audit_revision b WHERE b.baseline = TRUE;

INSERT INTO unit_sector_aud (rev, revtype, unit_id, sector_code)
SELECT b.id, 0, s.unit_id, s.sector_code
  FROM unit_sector s CROSS JOIN audit_revision b WHERE b.baseline = TRUE;

INSERT INTO person_aud (id, rev, revtype, unit_id, name, position, phone, login, active, created_at, updated_at)
SELECT p.id, b.id, 0, p.unit_id, p.name, p.position, p.phone, p.login, p.active, p.created_at, p.updated_at
  FROM person p CROSS JOIN audit_revision b WHERE b.baseline = TRUE;

INSERT INTO hazard_aud (id, rev, revtype, town_id, serial, unit_id, reporting_unit_id, recurrence_of_id, place,
                        description, sector_code, cause_category, grade, source, found_by, found_on, reported_by, state,
                        responsible_unit_id, responsible_person, measures, funds, deadline, contingency_plan,
                        treatment_plan, district_reported_at, district_reported_by, order_content, order_deadline,
                        order_issued_by, completed_on, rectified_by, verified_by, verifier_name, verified_on,
                        closed_at, closed_by, import_key, remarks, created_at, updated_at)
SELECT h.id, b.id, 0, h.town_id, h.serial, h.unit_id, h.reporting_unit_id, h.recurrence_of_id, h.place,
       h.description, h.sector_code, h.cause_category, h.grade, h.source, h.found_by, h.found_on, h.reported_by, h.state,
       h.responsible_unit_id, h.responsible_person, h.measures, h.funds, h.deadline, h.contingency_plan,
       h.treatment_plan, h.district_reported_at, h.district_reported_by, h.order_content, h.order_deadline,
       h.order_issued_by, h.completed_on, h.rectified_by, h.verified_by, h.verifier_name, h.verified_on,
       h.closed_at, h.closed_by, h.import_key, h.remarks, h.created_at, h.updated_at
  FROM hazard h CROSS JOIN audit_revision b WHERE b.baseline = TRUE;

INSERT INTO hazard_event_aud (id, rev, revtype, hazard_id, action, from_state, to_state, actor, actor_name, at,
                              occurred_on, note)
SELECT e.id, b.id, 0, e.hazard_id, e.action, e.from_state, e.to_state, e.actor, e.actor_name, e.at, e.occurred_on, e.note
  FROM hazard_event e CROSS JOIN audit_revision b WHERE b.baseline = TRUE;

INSERT INTO hazard_escalation_aud (id, rev, revtype, hazard_id, level, days_overdue, raised_at)
SELECT e.id, b.id, 0, e.hazard_id, e.level, e.days_overdue, e.raised_at
  FROM hazard_escalation e CROSS JOIN audit_revision b WHERE b.baseline = TRUE;

INSERT INTO attachment_aud (id, rev, revtype, town_id, hazard_id, hazard_event_id, kind, filename, content_type,
                            size_bytes, sha256, storage_key, thumbnail_key, width, height, uploaded_by, uploaded_at)
SELECT a.id, b.id, 0, a.town_id, a.hazard_id, a.hazard_event_id, a.kind, a.filename, a.content_type,
       a.size_bytes, a.sha256, a.storage_key, a.thumbnail_key, a.width, a.height, a.uploaded_by, a.uploaded_at
  FROM attachment a CROSS JOIN audit_revision b WHERE b.baseline = TRUE;

INSERT INTO closeout_entry_aud (id, rev, revtype, town_id, hazard_id, closeout_no, closed_at, closed_by, closed_by_name)
SELECT c.id, b.id, 0, c.town_id, c.hazard_id, c.closeout_no, c.closed_at, c.closed_by, c.closed_by_name
  FROM closeout_entry c CROSS JOIN audit_revision b WHERE b.baseline = TRUE;

INSERT INTO monthly_ledger_aud (id, rev, revtype, town_id, unit_id, period, state, nil_return, due_on, submitted_at,
                                submitted_by, late, returned_reason, returned_at, returned_by, accepted_at, accepted_by,
                                note, created_at, updated_at)
SELECT l.id, b.id, 0, l.town_id, l.unit_id, l.period, l.state, l.nil_return, l.due_on, l.submitted_at,
       l.submitted_by, l.late, l.returned_reason, l.returned_at, l.returned_by, l.accepted_at, l.accepted_by,
       l.note, l.created_at, l.updated_at
  FROM monthly_ledger l CROSS JOIN audit_revision b WHERE b.baseline = TRUE;

INSERT INTO ledger_line_aud (id, rev, revtype, ledger_id, line_no, hazard_id, hazard_serial, unit_name, state, found_on,
                             place, description, cause_category, grade, measures, responsible_person, deadline, funds,
                             completed_on, reviewer, reviewed_on, closed_on, remarks)
SELECT l.id, b.id, 0, l.ledger_id, l.line_no, l.hazard_id, l.hazard_serial, l.unit_name, l.state, l.found_on,
       l.place, l.description, l.cause_category, l.grade, l.measures, l.responsible_person, l.deadline, l.funds,
       l.completed_on, l.reviewer, l.reviewed_on, l.closed_on, l.remarks
  FROM ledger_line l CROSS JOIN audit_revision b WHERE b.baseline = TRUE;

INSERT INTO ledger_import_aud (id, rev, revtype, town_id, unit_id, period, file_sha256, filename, imported_by,
                               imported_at, rows_total, rows_created)
SELECT i.id, b.id, 0, i.town_id, i.unit_id, i.period, i.file_sha256, i.filename, i.imported_by,
       i.imported_at, i.rows_total, i.rows_created
  FROM ledger_import i CROSS JOIN audit_revision b WHERE b.baseline = TRUE;

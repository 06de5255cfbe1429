-- Hazards through the five-step loop, their timeline and evidence, the close-out ledger,
-- monthly ledgers with their submitted snapshot, Excel imports, and in-app notifications.

-- Per-town yearly counters for human-facing numbers (hazard YH2026-0001, close-out XH2026-0001).
CREATE TABLE town_counter (
    town_id BIGINT      NOT NULL,
    name    VARCHAR(20) NOT NULL,
    year    INT         NOT NULL,
    value   INT         NOT NULL,
    PRIMARY KEY (town_id, name, year),
    CONSTRAINT fk_counter_town FOREIGN KEY (town_id) REFERENCES town (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE hazard (
    id                       BIGINT         NOT NULL AUTO_INCREMENT,
    town_id                  BIGINT         NOT NULL,
    serial                   VARCHAR(20)    NOT NULL,
    unit_id                  BIGINT         NOT NULL COMMENT 'the unit where the hazard is',
    reporting_unit_id        BIGINT         NOT NULL COMMENT 'the unit of whoever reported it',
    recurrence_of_id         BIGINT         NULL,
    place                    VARCHAR(200)   NOT NULL,
    description              VARCHAR(1000)  NOT NULL,
    sector_code              VARCHAR(40)    NOT NULL,
    cause_category           VARCHAR(20)    NOT NULL,
    grade                    VARCHAR(10)    NOT NULL,
    source                   VARCHAR(20)    NOT NULL,
    found_by                 VARCHAR(50)    NOT NULL,
    found_on                 DATE           NOT NULL,
    reported_by              VARCHAR(100)   NOT NULL,
    state                    VARCHAR(20)    NOT NULL,
    responsible_unit_id      BIGINT         NULL,
    responsible_person       VARCHAR(50)    NULL,
    measures                 VARCHAR(1000)  NULL,
    funds                    DECIMAL(14, 2) NULL,
    deadline                 DATE           NULL,
    contingency_plan         VARCHAR(1000)  NULL,
    treatment_plan           TEXT           NULL,
    district_reported_at     DATETIME(6)    NULL,
    district_reported_by     VARCHAR(100)   NULL,
    order_content            VARCHAR(1000)  NULL,
    order_deadline           DATE           NULL,
    order_issued_by          VARCHAR(100)   NULL,
    completed_on             DATE           NULL,
    rectified_by             VARCHAR(100)   NULL COMMENT 'login that reported the rectification complete',
    verified_by              VARCHAR(100)   NULL,
    verifier_name            VARCHAR(50)    NULL,
    verified_on              DATE           NULL,
    closed_at                DATETIME(6)    NULL,
    closed_by                VARCHAR(100)   NULL,
    escalation_level         INT            NOT NULL DEFAULT 0,
    import_key               CHAR(64)       NULL COMMENT 'fingerprint of an imported ledger row',
    remarks                  VARCHAR(500)   NULL,
    version                  BIGINT         NOT NULL DEFAULT 0,
    created_at               DATETIME(6)    NOT NULL,
    updated_at               DATETIME(6)    NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_hazard_town FOREIGN KEY (town_id) REFERENCES town (id),
    CONSTRAINT fk_hazard_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT fk_hazard_reporting_unit FOREIGN KEY (reporting_unit_id) REFERENCES unit (id),
    CONSTRAINT fk_hazard_responsible_unit FOREIGN KEY (responsible_unit_id) REFERENCES unit (id),
    CONSTRAINT fk_hazard_recurrence FOREIGN KEY (recurrence_of_id) REFERENCES hazard (id),
    CONSTRAINT fk_hazard_sector FOREIGN KEY (sector_code) REFERENCES sector (code),
    CONSTRAINT uk_hazard_serial UNIQUE (town_id, serial),
    CONSTRAINT uk_hazard_import UNIQUE (town_id, import_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_hazard_town_state ON hazard (town_id, state);
CREATE INDEX ix_hazard_unit_found ON hazard (unit_id, found_on);
CREATE INDEX ix_hazard_responsible ON hazard (responsible_unit_id, state);
CREATE INDEX ix_hazard_deadline ON hazard (state, deadline);

-- The timeline: every step and note of a hazard, with who, when and evidence.
CREATE TABLE hazard_event (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    hazard_id   BIGINT        NOT NULL,
    action      VARCHAR(40)   NOT NULL,
    from_state  VARCHAR(20)   NULL,
    to_state    VARCHAR(20)   NOT NULL,
    actor       VARCHAR(100)  NOT NULL,
    actor_name  VARCHAR(50)   NOT NULL,
    at          DATETIME(6)   NOT NULL,
    occurred_on DATE          NULL COMMENT 'date the step happened when recorded later (paper ledger)',
    note        VARCHAR(2000) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_event_hazard FOREIGN KEY (hazard_id) REFERENCES hazard (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_event_hazard ON hazard_event (hazard_id, at);

CREATE TABLE attachment (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    town_id         BIGINT       NOT NULL,
    hazard_id       BIGINT       NULL,
    hazard_event_id BIGINT       NULL,
    kind            VARCHAR(20)  NOT NULL,
    filename        VARCHAR(200) NOT NULL,
    content_type    VARCHAR(100) NOT NULL,
    size_bytes      BIGINT       NOT NULL,
    sha256          CHAR(64)     NOT NULL,
    storage_key     VARCHAR(200) NOT NULL,
    thumbnail_key   VARCHAR(200) NULL,
    width           INT          NULL,
    height          INT          NULL,
    uploaded_by     VARCHAR(100) NOT NULL,
    uploaded_at     DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_attachment_town FOREIGN KEY (town_id) REFERENCES town (id),
    CONSTRAINT fk_attachment_hazard FOREIGN KEY (hazard_id) REFERENCES hazard (id),
    CONSTRAINT fk_attachment_event FOREIGN KEY (hazard_event_id) REFERENCES hazard_event (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_attachment_hazard ON attachment (hazard_id);

-- 隐患销号台账: one numbered entry per hazard that completed the loop.
CREATE TABLE closeout_entry (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    town_id      BIGINT       NOT NULL,
    hazard_id    BIGINT       NOT NULL,
    closeout_no  VARCHAR(20)  NOT NULL,
    closed_at    DATETIME(6)  NOT NULL,
    closed_by    VARCHAR(100) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_closeout_town FOREIGN KEY (town_id) REFERENCES town (id),
    CONSTRAINT fk_closeout_hazard FOREIGN KEY (hazard_id) REFERENCES hazard (id),
    CONSTRAINT uk_closeout_hazard UNIQUE (hazard_id),
    CONSTRAINT uk_closeout_no UNIQUE (town_id, closeout_no)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- 月度隐患排查整改台账: one return per unit and month.
CREATE TABLE monthly_ledger (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    town_id         BIGINT        NOT NULL,
    unit_id         BIGINT        NOT NULL,
    period          CHAR(7)       NOT NULL COMMENT 'YYYY-MM',
    state           VARCHAR(20)   NOT NULL,
    nil_return      BOOLEAN       NOT NULL DEFAULT FALSE,
    due_on          DATE          NOT NULL,
    submitted_at    DATETIME(6)   NULL,
    submitted_by    VARCHAR(100)  NULL,
    late            BOOLEAN       NULL,
    returned_reason VARCHAR(500)  NULL,
    returned_at     DATETIME(6)   NULL,
    returned_by     VARCHAR(100)  NULL,
    accepted_at     DATETIME(6)   NULL,
    accepted_by     VARCHAR(100)  NULL,
    note            VARCHAR(500)  NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    created_at      DATETIME(6)   NOT NULL,
    updated_at      DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_ledger_town FOREIGN KEY (town_id) REFERENCES town (id),
    CONSTRAINT fk_ledger_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT uk_ledger_unit_period UNIQUE (unit_id, period)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_ledger_town_period ON monthly_ledger (town_id, period);

-- What a ledger said when it was submitted, in the paper ledger's columns.
CREATE TABLE ledger_line (
    id                 BIGINT         NOT NULL AUTO_INCREMENT,
    ledger_id          BIGINT         NOT NULL,
    line_no            INT            NOT NULL,
    hazard_id          BIGINT         NOT NULL,
    hazard_serial      VARCHAR(20)    NOT NULL,
    unit_name          VARCHAR(100)   NOT NULL,
    state              VARCHAR(20)    NOT NULL,
    found_on           DATE           NOT NULL,
    place              VARCHAR(200)   NOT NULL,
    description        VARCHAR(1000)  NOT NULL,
    cause_category     VARCHAR(20)    NOT NULL,
    grade              VARCHAR(10)    NOT NULL,
    measures           VARCHAR(1000)  NULL,
    responsible_person VARCHAR(50)    NULL,
    deadline           DATE           NULL,
    funds              DECIMAL(14, 2) NULL,
    completed_on       DATE           NULL,
    reviewer           VARCHAR(50)    NULL,
    reviewed_on        DATE           NULL,
    closed_on          DATE           NULL,
    remarks            VARCHAR(500)   NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_line_ledger FOREIGN KEY (ledger_id) REFERENCES monthly_ledger (id),
    CONSTRAINT fk_line_hazard FOREIGN KEY (hazard_id) REFERENCES hazard (id),
    CONSTRAINT uk_line_no UNIQUE (ledger_id, line_no)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE ledger_import (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    town_id       BIGINT       NOT NULL,
    unit_id       BIGINT       NOT NULL,
    period        CHAR(7)      NOT NULL,
    file_sha256   CHAR(64)     NOT NULL,
    filename      VARCHAR(200) NOT NULL,
    imported_by   VARCHAR(100) NOT NULL,
    imported_at   DATETIME(6)  NOT NULL,
    rows_total    INT          NOT NULL,
    rows_created  INT          NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_import_town FOREIGN KEY (town_id) REFERENCES town (id),
    CONSTRAINT fk_import_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_import_unit_file ON ledger_import (unit_id, file_sha256);

-- In-app notifications, addressed to a town, optionally narrowed to a unit and/or a role.
CREATE TABLE notification (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    town_id    BIGINT       NOT NULL,
    unit_id    BIGINT       NULL,
    role       VARCHAR(30)  NULL,
    kind       VARCHAR(40)  NOT NULL,
    severity   VARCHAR(10)  NOT NULL,
    hazard_id  BIGINT       NULL,
    params     VARCHAR(2000) NOT NULL COMMENT 'JSON object of message parameters',
    created_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_notification_town FOREIGN KEY (town_id) REFERENCES town (id),
    CONSTRAINT fk_notification_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT fk_notification_hazard FOREIGN KEY (hazard_id) REFERENCES hazard (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_notification_town ON notification (town_id, created_at);

CREATE TABLE notification_read (
    notification_id BIGINT       NOT NULL,
    login           VARCHAR(100) NOT NULL,
    read_at         DATETIME(6)  NOT NULL,
    PRIMARY KEY (notification_id, login),
    CONSTRAINT fk_read_notification FOREIGN KEY (notification_id) REFERENCES notification (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Imported paper ledgers carry no sector column.
INSERT INTO sector (code, name_zh, name_en, sort_order) VALUES ('OTHER', '其他', 'Other', 999);

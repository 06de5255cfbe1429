-- 执法案件: an enforcement case opened from a finished inspection by the office holding enforcement
-- powers over its sector, stepping through its chain of documents (CaseWorkflow). Documents are
-- numbered gap-free (document_counter, V85) and generated from the case's data on each download:
-- only their numbers and dates are kept. Nothing here is ever deleted; everything is audited.
CREATE TABLE enforcement_case (
    id                     BIGINT         NOT NULL AUTO_INCREMENT,
    town_id                BIGINT         NOT NULL,
    office_unit_id         BIGINT         NOT NULL COMMENT 'the office holding enforcement powers',
    inspection_id          BIGINT         NOT NULL COMMENT 'the inspection it was opened from',
    party_unit_id          BIGINT         NOT NULL COMMENT 'the inspected unit (当事人)',
    sector_code            VARCHAR(40)    NOT NULL,
    campaign_id            BIGINT         NULL COMMENT 'copied from the inspection',
    state                  VARCHAR(20)    NOT NULL,
    opened_on              DATE           NOT NULL,
    facts                  TEXT           NOT NULL,
    legal_basis_violated   VARCHAR(500)   NOT NULL,
    persons_dispatched     INT            NOT NULL,
    order_content          TEXT           NULL,
    order_deadline         DATE           NULL,
    ordered_on             DATE           NULL,
    reinspected_on         DATE           NULL,
    reinspection_finding   TEXT           NULL,
    reinspection_corrected BOOLEAN        NULL,
    penalty_basis          VARCHAR(500)   NULL,
    fine_amount            DECIMAL(14, 2) NULL,
    notice_penalty_basis   VARCHAR(500)   NULL COMMENT 'as notified; the decision may state it anew',
    notice_fine_amount     DECIMAL(14, 2) NULL,
    penalty_notified_on    DATE           NULL,
    penalty_decided_on     DATE           NULL,
    fine_paid_on           DATE           NULL,
    fine_receipt_no        VARCHAR(50)    NULL,
    no_penalty_reason      VARCHAR(30)    NULL,
    no_penalty_note        VARCHAR(1000)  NULL,
    withdrawn_reason       VARCHAR(1000)  NULL,
    closed_on              DATE           NULL,
    created_by             VARCHAR(100)   NOT NULL,
    version                BIGINT         NOT NULL DEFAULT 0,
    created_at             DATETIME(6)    NOT NULL,
    updated_at             DATETIME(6)    NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_case_town FOREIGN KEY (town_id) REFERENCES town (id),
    CONSTRAINT fk_case_office FOREIGN KEY (office_unit_id) REFERENCES unit (id),
    CONSTRAINT fk_case_inspection FOREIGN KEY (inspection_id) REFERENCES inspection (id),
    CONSTRAINT fk_case_party FOREIGN KEY (party_unit_id) REFERENCES unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The list's order within the town (newest first), and an office's or a party's own cases in the same order.
CREATE INDEX ix_case_town_opened ON enforcement_case (town_id, opened_on);
CREATE INDEX ix_case_office_opened ON enforcement_case (office_unit_id, opened_on);
CREATE INDEX ix_case_party_opened ON enforcement_case (party_unit_id, opened_on);
CREATE INDEX ix_case_inspection ON enforcement_case (inspection_id);

CREATE TABLE enforcement_document (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    case_id    BIGINT       NOT NULL,
    kind       VARCHAR(30)  NOT NULL,
    number     VARCHAR(60)  NOT NULL COMMENT '东溪经发责改〔2026〕3号',
    seq        INT          NOT NULL,
    year       INT          NOT NULL,
    issued_on  DATE         NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_document_case FOREIGN KEY (case_id) REFERENCES enforcement_case (id),
    CONSTRAINT uk_document_case_kind UNIQUE (case_id, kind)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE enforcement_event (
    id         BIGINT        NOT NULL AUTO_INCREMENT,
    case_id    BIGINT        NOT NULL,
    action     VARCHAR(30)   NOT NULL COMMENT 'OPEN or a CaseAction',
    from_state VARCHAR(20)   NULL,
    to_state   VARCHAR(20)   NOT NULL,
    at         DATETIME(6)   NOT NULL,
    actor      VARCHAR(100)  NOT NULL,
    actor_name VARCHAR(50)   NOT NULL,
    note       VARCHAR(2000) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_case_event_case FOREIGN KEY (case_id) REFERENCES enforcement_case (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_case_event_case ON enforcement_event (case_id, at);

CREATE TABLE enforcement_case_aud (
    id                     BIGINT         NOT NULL,
    rev                    BIGINT         NOT NULL,
    revtype                TINYINT        NULL,
    town_id                BIGINT         NULL,
    office_unit_id         BIGINT         NULL,
    inspection_id          BIGINT         NULL,
    party_unit_id          BIGINT         NULL,
    sector_code            VARCHAR(40)    NULL,
    campaign_id            BIGINT         NULL,
    state                  VARCHAR(20)    NULL,
    opened_on              DATE           NULL,
    facts                  TEXT           NULL,
    legal_basis_violated   VARCHAR(500)   NULL,
    persons_dispatched     INT            NULL,
    order_content          TEXT           NULL,
    order_deadline         DATE           NULL,
    ordered_on             DATE           NULL,
    reinspected_on         DATE           NULL,
    reinspection_finding   TEXT           NULL,
    reinspection_corrected BOOLEAN        NULL,
    penalty_basis          VARCHAR(500)   NULL,
    fine_amount            DECIMAL(14, 2) NULL,
    notice_penalty_basis   VARCHAR(500)   NULL,
    notice_fine_amount     DECIMAL(14, 2) NULL,
    penalty_notified_on    DATE           NULL,
    penalty_decided_on     DATE           NULL,
    fine_paid_on           DATE           NULL,
    fine_receipt_no        VARCHAR(50)    NULL,
    no_penalty_reason      VARCHAR(30)    NULL,
    no_penalty_note        VARCHAR(1000)  NULL,
    withdrawn_reason       VARCHAR(1000)  NULL,
    closed_on              DATE           NULL,
    created_by             VARCHAR(100)   NULL,
    created_at             DATETIME(6)    NULL,
    updated_at             DATETIME(6)    NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_enforcement_case_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE enforcement_document_aud (
    id         BIGINT       NOT NULL,
    rev        BIGINT       NOT NULL,
    revtype    TINYINT      NULL,
    case_id    BIGINT       NULL,
    kind       VARCHAR(30)  NULL,
    number     VARCHAR(60)  NULL,
    seq        INT          NULL,
    year       INT          NULL,
    issued_on  DATE         NULL,
    created_by VARCHAR(100) NULL,
    created_at DATETIME(6)  NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_enforcement_document_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE enforcement_event_aud (
    id         BIGINT        NOT NULL,
    rev        BIGINT        NOT NULL,
    revtype    TINYINT       NULL,
    case_id    BIGINT        NULL,
    action     VARCHAR(30)   NULL,
    from_state VARCHAR(20)   NULL,
    to_state   VARCHAR(20)   NULL,
    at         DATETIME(6)   NULL,
    actor      VARCHAR(100)  NULL,
    actor_name VARCHAR(50)   NULL,
    note       VARCHAR(2000) NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_enforcement_event_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_enforcement_case_aud_case ON enforcement_case_aud (id);
CREATE INDEX ix_enforcement_event_aud_case ON enforcement_event_aud (case_id);

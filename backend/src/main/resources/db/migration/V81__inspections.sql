-- 检查: an office's on-site inspection of a unit, item by item against one version of a checklist,
-- with photos bound to each result; a failed item may become exactly one hazard, linked both ways.
CREATE TABLE inspection (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    town_id              BIGINT        NOT NULL,
    serial               VARCHAR(20)   NOT NULL COMMENT 'JC2026-0001, per town and year',
    inspecting_unit_id   BIGINT        NOT NULL,
    inspected_unit_id    BIGINT        NOT NULL,
    inspected_on         DATE          NOT NULL,
    inspectors           VARCHAR(1100) NOT NULL COMMENT 'names, comma-separated',
    inspector_count      INT           NOT NULL COMMENT 'persons dispatched',
    checklist_id         BIGINT        NOT NULL,
    checklist_version_no INT           NOT NULL COMMENT 'the version whose items were checked',
    place                VARCHAR(200)  NULL,
    on_site_person       VARCHAR(50)   NULL COMMENT 'the inspected unit''s person present',
    conclusion           TEXT          NULL,
    state                VARCHAR(20)   NOT NULL,
    finished_at          DATETIME(6)   NULL,
    finished_by          VARCHAR(100)  NULL,
    created_by           VARCHAR(100)  NOT NULL,
    version              BIGINT        NOT NULL DEFAULT 0,
    created_at           DATETIME(6)   NOT NULL,
    updated_at           DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_inspection_town FOREIGN KEY (town_id) REFERENCES town (id),
    CONSTRAINT fk_inspection_inspecting FOREIGN KEY (inspecting_unit_id) REFERENCES unit (id),
    CONSTRAINT fk_inspection_inspected FOREIGN KEY (inspected_unit_id) REFERENCES unit (id),
    CONSTRAINT fk_inspection_checklist FOREIGN KEY (checklist_id) REFERENCES checklist (id),
    CONSTRAINT uk_inspection_serial UNIQUE (town_id, serial)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The list's orders within the town (newest inspection first), and an office's or a unit's own
-- inspections in the same order (their scopes and filters).
CREATE INDEX ix_inspection_town_on ON inspection (town_id, inspected_on);
CREATE INDEX ix_inspection_town_state_on ON inspection (town_id, state, inspected_on);
CREATE INDEX ix_inspection_inspecting_on ON inspection (inspecting_unit_id, inspected_on);
CREATE INDEX ix_inspection_inspected_on ON inspection (inspected_unit_id, inspected_on);

CREATE TABLE inspection_result (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    inspection_id BIGINT        NOT NULL,
    item_no       INT           NOT NULL,
    outcome       VARCHAR(20)   NULL COMMENT 'PASS, FAIL or NOT_APPLICABLE; NULL until checked',
    note          VARCHAR(1000) NULL,
    hazard_id     BIGINT        NULL COMMENT 'the hazard a failed item became',
    version       BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_result_inspection FOREIGN KEY (inspection_id) REFERENCES inspection (id),
    CONSTRAINT fk_result_hazard FOREIGN KEY (hazard_id) REFERENCES hazard (id),
    CONSTRAINT uk_result_item UNIQUE (inspection_id, item_no),
    CONSTRAINT uk_result_hazard UNIQUE (hazard_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The link back from the hazard, and photos bound to a result (like a hazard's timeline event).
ALTER TABLE hazard ADD COLUMN inspection_result_id BIGINT NULL COMMENT 'the failed checklist item it came from';
ALTER TABLE hazard ADD CONSTRAINT fk_hazard_inspection_result FOREIGN KEY (inspection_result_id) REFERENCES inspection_result (id);
ALTER TABLE hazard ADD CONSTRAINT uk_hazard_inspection_result UNIQUE (inspection_result_id);

ALTER TABLE attachment ADD COLUMN inspection_result_id BIGINT NULL COMMENT 'the checklist item whose evidence it is';
ALTER TABLE attachment ADD CONSTRAINT fk_attachment_inspection_result FOREIGN KEY (inspection_result_id) REFERENCES inspection_result (id);
CREATE INDEX ix_attachment_inspection_result ON attachment (inspection_result_id);

ALTER TABLE hazard_aud ADD COLUMN inspection_result_id BIGINT NULL;
ALTER TABLE attachment_aud ADD COLUMN inspection_result_id BIGINT NULL;

CREATE TABLE inspection_aud (
    id                   BIGINT        NOT NULL,
    rev                  BIGINT        NOT NULL,
    revtype              TINYINT       NULL,
    town_id              BIGINT        NULL,
    serial               VARCHAR(20)   NULL,
    inspecting_unit_id   BIGINT        NULL,
    inspected_unit_id    BIGINT        NULL,
    inspected_on         DATE          NULL,
    inspectors           VARCHAR(1100) NULL,
    inspector_count      INT           NULL,
    checklist_id         BIGINT        NULL,
    checklist_version_no INT           NULL,
    place                VARCHAR(200)  NULL,
    on_site_person       VARCHAR(50)   NULL,
    conclusion           TEXT          NULL,
    state                VARCHAR(20)   NULL,
    finished_at          DATETIME(6)   NULL,
    finished_by          VARCHAR(100)  NULL,
    created_by           VARCHAR(100)  NULL,
    created_at           DATETIME(6)   NULL,
    updated_at           DATETIME(6)   NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_inspection_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE inspection_result_aud (
    id            BIGINT        NOT NULL,
    rev           BIGINT        NOT NULL,
    revtype       TINYINT       NULL,
    inspection_id BIGINT        NULL,
    item_no       INT           NULL,
    outcome       VARCHAR(20)   NULL,
    note          VARCHAR(1000) NULL,
    hazard_id     BIGINT        NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_inspection_result_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_inspection_result_aud_inspection ON inspection_result_aud (inspection_id);

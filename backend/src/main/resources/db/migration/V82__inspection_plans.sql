-- 检查计划: each office's annual and monthly inspection plans, item by item; an inspection may carry
-- out a plan item. Items are cancelled with a reason, never deleted. Execution is computed from the
-- inspections, never stored.
CREATE TABLE inspection_plan (
    id         BIGINT        NOT NULL AUTO_INCREMENT,
    town_id    BIGINT        NOT NULL,
    unit_id    BIGINT        NOT NULL COMMENT 'the planning office',
    year       INT           NOT NULL,
    kind       VARCHAR(10)   NOT NULL COMMENT 'ANNUAL or MONTHLY',
    month      INT           NULL COMMENT '1-12 for a monthly plan',
    month_key  INT           NOT NULL DEFAULT 0 COMMENT 'month, 0 for an annual plan: the unique key (MySQL and MariaDB let NULLs repeat)',
    title      VARCHAR(100)  NOT NULL,
    note       VARCHAR(1000) NULL,
    version    BIGINT        NOT NULL DEFAULT 0,
    created_at DATETIME(6)   NOT NULL,
    updated_at DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_plan_town FOREIGN KEY (town_id) REFERENCES town (id),
    CONSTRAINT fk_plan_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT uk_plan UNIQUE (unit_id, year, kind, month_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_plan_town_year ON inspection_plan (town_id, year);

CREATE TABLE inspection_plan_item (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    plan_id        BIGINT        NOT NULL,
    target_unit_id BIGINT        NOT NULL,
    planned_month  CHAR(7)       NOT NULL COMMENT 'YYYY-MM',
    planned_on     DATE          NULL,
    checklist_id   BIGINT        NULL,
    inspectors     VARCHAR(1100) NULL COMMENT 'names, comma-separated',
    note           VARCHAR(500)  NULL,
    cancelled      BOOLEAN       NOT NULL DEFAULT FALSE,
    cancel_reason  VARCHAR(500)  NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_plan_item_plan FOREIGN KEY (plan_id) REFERENCES inspection_plan (id),
    CONSTRAINT fk_plan_item_target FOREIGN KEY (target_unit_id) REFERENCES unit (id),
    CONSTRAINT fk_plan_item_checklist FOREIGN KEY (checklist_id) REFERENCES checklist (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_plan_item_plan ON inspection_plan_item (plan_id, planned_month);

ALTER TABLE inspection ADD COLUMN plan_item_id BIGINT NULL COMMENT 'the plan item this inspection carries out';
ALTER TABLE inspection ADD CONSTRAINT fk_inspection_plan_item FOREIGN KEY (plan_item_id) REFERENCES inspection_plan_item (id);
CREATE INDEX ix_inspection_plan_item ON inspection (plan_item_id, inspected_on);
ALTER TABLE inspection_aud ADD COLUMN plan_item_id BIGINT NULL;

CREATE TABLE inspection_plan_aud (
    id         BIGINT        NOT NULL,
    rev        BIGINT        NOT NULL,
    revtype    TINYINT       NULL,
    town_id    BIGINT        NULL,
    unit_id    BIGINT        NULL,
    year       INT           NULL,
    kind       VARCHAR(10)   NULL,
    month      INT           NULL,
    month_key  INT           NULL,
    title      VARCHAR(100)  NULL,
    note       VARCHAR(1000) NULL,
    created_at DATETIME(6)   NULL,
    updated_at DATETIME(6)   NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_inspection_plan_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE inspection_plan_item_aud (
    id             BIGINT        NOT NULL,
    rev            BIGINT        NOT NULL,
    revtype        TINYINT       NULL,
    plan_id        BIGINT        NULL,
    target_unit_id BIGINT        NULL,
    planned_month  CHAR(7)       NULL,
    planned_on     DATE          NULL,
    checklist_id   BIGINT        NULL,
    inspectors     VARCHAR(1100) NULL,
    note           VARCHAR(500)  NULL,
    cancelled      BOOLEAN       NULL,
    cancel_reason  VARCHAR(500)  NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_inspection_plan_item_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

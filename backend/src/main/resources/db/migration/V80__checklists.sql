-- 检查表: a town's checklists by sector, each a series of numbered versions. A version and its items
-- are never updated or deleted: an edit makes the next version, and an inspection keeps the version
-- it used (issue 8).
CREATE TABLE checklist (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    town_id            BIGINT       NOT NULL,
    sector_code        VARCHAR(40)  NOT NULL,
    title              VARCHAR(100) NOT NULL,
    owner_unit_id      BIGINT       NULL COMMENT 'the office that keeps it; NULL = the emergency office',
    active             BOOLEAN      NOT NULL DEFAULT TRUE,
    current_version_no INT          NOT NULL,
    version            BIGINT       NOT NULL DEFAULT 0,
    created_at         DATETIME(6)  NOT NULL,
    updated_at         DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_checklist_town FOREIGN KEY (town_id) REFERENCES town (id),
    CONSTRAINT fk_checklist_sector FOREIGN KEY (sector_code) REFERENCES sector (code),
    CONSTRAINT fk_checklist_owner FOREIGN KEY (owner_unit_id) REFERENCES unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The list's orders (last changed first, by sector, by title) within the town.
CREATE INDEX ix_checklist_town_updated ON checklist (town_id, updated_at);
CREATE INDEX ix_checklist_town_sector_updated ON checklist (town_id, sector_code, updated_at);
CREATE INDEX ix_checklist_town_title ON checklist (town_id, title);

CREATE TABLE checklist_version (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    checklist_id BIGINT       NOT NULL,
    version_no   INT          NOT NULL,
    title        VARCHAR(100) NOT NULL COMMENT 'the title as this version was written (an inspection shows it)',
    created_at   DATETIME(6)  NOT NULL,
    created_by   VARCHAR(100) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_checklist_version_checklist FOREIGN KEY (checklist_id) REFERENCES checklist (id),
    CONSTRAINT uk_checklist_version UNIQUE (checklist_id, version_no)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE checklist_item (
    id                   BIGINT       NOT NULL AUTO_INCREMENT,
    checklist_version_id BIGINT       NOT NULL,
    item_no              INT          NOT NULL,
    text                 VARCHAR(500) NOT NULL,
    legal_basis          VARCHAR(500) NOT NULL COMMENT 'the clause the item checks',
    violation            BOOLEAN      NOT NULL COMMENT 'a failure is a violation of law (违法行为), not only a hazard',
    PRIMARY KEY (id),
    CONSTRAINT fk_checklist_item_version FOREIGN KEY (checklist_version_id) REFERENCES checklist_version (id),
    CONSTRAINT uk_checklist_item UNIQUE (checklist_version_id, item_no)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Audited like every record people make (V11).
CREATE TABLE checklist_aud (
    id                 BIGINT       NOT NULL,
    rev                BIGINT       NOT NULL,
    revtype            TINYINT      NULL,
    town_id            BIGINT       NULL,
    sector_code        VARCHAR(40)  NULL,
    title              VARCHAR(100) NULL,
    owner_unit_id      BIGINT       NULL,
    active             BOOLEAN      NULL,
    current_version_no INT          NULL,
    created_at         DATETIME(6)  NULL,
    updated_at         DATETIME(6)  NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_checklist_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE checklist_version_aud (
    id           BIGINT       NOT NULL,
    rev          BIGINT       NOT NULL,
    revtype      TINYINT      NULL,
    checklist_id BIGINT       NULL,
    version_no   INT          NULL,
    title        VARCHAR(100) NULL,
    created_at   DATETIME(6)  NULL,
    created_by   VARCHAR(100) NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_checklist_version_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE checklist_item_aud (
    id                   BIGINT       NOT NULL,
    rev                  BIGINT       NOT NULL,
    revtype              TINYINT      NULL,
    checklist_version_id BIGINT       NULL,
    item_no              INT          NULL,
    text                 VARCHAR(500) NULL,
    legal_basis          VARCHAR(500) NULL,
    violation            BOOLEAN      NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_checklist_item_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

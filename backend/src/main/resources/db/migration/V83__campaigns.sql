-- 专项整治行动: a town's special campaigns by sector, with the units taking part; inspections made for
-- one name it. Its figures (persons dispatched, inspections, hazards found and closed) are computed
-- from those records whenever read, never stored.
CREATE TABLE campaign (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    town_id         BIGINT       NOT NULL,
    title           VARCHAR(100) NOT NULL,
    sector_code     VARCHAR(40)  NOT NULL,
    starts_on       DATE         NOT NULL,
    ends_on         DATE         NOT NULL,
    leading_unit_id BIGINT       NOT NULL,
    goal            TEXT         NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    created_at      DATETIME(6)  NOT NULL,
    updated_at      DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_campaign_town FOREIGN KEY (town_id) REFERENCES town (id),
    CONSTRAINT fk_campaign_sector FOREIGN KEY (sector_code) REFERENCES sector (code),
    CONSTRAINT fk_campaign_leading_unit FOREIGN KEY (leading_unit_id) REFERENCES unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_campaign_town_starts ON campaign (town_id, starts_on);

CREATE TABLE campaign_unit (
    campaign_id BIGINT NOT NULL,
    unit_id     BIGINT NOT NULL,
    PRIMARY KEY (campaign_id, unit_id),
    CONSTRAINT fk_campaign_unit_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT fk_campaign_unit_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE inspection ADD COLUMN campaign_id BIGINT NULL COMMENT 'the special campaign it was made for';
ALTER TABLE inspection ADD CONSTRAINT fk_inspection_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id);
CREATE INDEX ix_inspection_campaign ON inspection (campaign_id, inspected_on);
ALTER TABLE inspection_aud ADD COLUMN campaign_id BIGINT NULL;

CREATE TABLE campaign_aud (
    id              BIGINT       NOT NULL,
    rev             BIGINT       NOT NULL,
    revtype         TINYINT      NULL,
    town_id         BIGINT       NULL,
    title           VARCHAR(100) NULL,
    sector_code     VARCHAR(40)  NULL,
    starts_on       DATE         NULL,
    ends_on         DATE         NULL,
    leading_unit_id BIGINT       NULL,
    goal            TEXT         NULL,
    created_at      DATETIME(6)  NULL,
    updated_at      DATETIME(6)  NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_campaign_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE campaign_unit_aud (
    rev         BIGINT  NOT NULL,
    revtype     TINYINT NULL,
    campaign_id BIGINT  NOT NULL,
    unit_id     BIGINT  NOT NULL,
    PRIMARY KEY (rev, campaign_id, unit_id),
    CONSTRAINT fk_campaign_unit_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

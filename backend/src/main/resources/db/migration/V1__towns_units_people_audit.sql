-- Units and people: the first slice. SQL kept to what MySQL 8 and MariaDB 10.11+ both accept.

CREATE TABLE town (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    code          CHAR(9)      NOT NULL COMMENT '9-digit statistical division code prefix of the town',
    name          VARCHAR(100) NOT NULL,
    district_name VARCHAR(100) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_town_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Sectors (行业领域) are reference data: what offices supervise and campaigns target.
CREATE TABLE sector (
    code       VARCHAR(40)  NOT NULL,
    name_zh    VARCHAR(50)  NOT NULL,
    name_en    VARCHAR(80)  NOT NULL,
    sort_order INT          NOT NULL,
    PRIMARY KEY (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE unit (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    town_id             BIGINT       NOT NULL,
    kind                VARCHAR(30)  NOT NULL,
    code                VARCHAR(18)  NULL COMMENT '12-digit division code (villages) or 18-char unified social credit code',
    name                VARCHAR(100) NOT NULL,
    enforcement_powers  BOOLEAN      NOT NULL DEFAULT FALSE,
    active              BOOLEAN      NOT NULL DEFAULT TRUE,
    version             BIGINT       NOT NULL DEFAULT 0,
    created_at          DATETIME(6)  NOT NULL,
    updated_at          DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_unit_town FOREIGN KEY (town_id) REFERENCES town (id),
    CONSTRAINT uk_unit_town_name UNIQUE (town_id, name),
    CONSTRAINT uk_unit_town_code UNIQUE (town_id, code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_unit_town_kind ON unit (town_id, kind);

CREATE TABLE unit_sector (
    unit_id     BIGINT      NOT NULL,
    sector_code VARCHAR(40) NOT NULL,
    PRIMARY KEY (unit_id, sector_code),
    CONSTRAINT fk_unit_sector_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT fk_unit_sector_sector FOREIGN KEY (sector_code) REFERENCES sector (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE person (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    unit_id     BIGINT       NOT NULL,
    name        VARCHAR(50)  NOT NULL,
    position    VARCHAR(50)  NULL,
    phone       VARCHAR(20)  NULL,
    login       VARCHAR(100) NULL COMMENT 'Keycloak username (preferred_username) linked to this person',
    active      BOOLEAN      NOT NULL DEFAULT TRUE,
    version     BIGINT       NOT NULL DEFAULT 0,
    created_at  DATETIME(6)  NOT NULL,
    updated_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_person_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT uk_person_login UNIQUE (login)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_person_unit ON person (unit_id);

-- Machine clients (Keycloak service accounts) and the town whose data they may read.
CREATE TABLE api_client (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    principal  VARCHAR(100) NOT NULL COMMENT 'preferred_username of the service account',
    name       VARCHAR(100) NOT NULL,
    town_id    BIGINT       NOT NULL,
    active     BOOLEAN      NOT NULL DEFAULT TRUE,
    PRIMARY KEY (id),
    CONSTRAINT fk_api_client_town FOREIGN KEY (town_id) REFERENCES town (id),
    CONSTRAINT uk_api_client_principal UNIQUE (principal)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Who changed what, when: one row per change of any audited record.
CREATE TABLE audit_event (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    town_id     BIGINT       NOT NULL,
    entity_type VARCHAR(40)  NOT NULL,
    entity_id   BIGINT       NOT NULL,
    action      VARCHAR(20)  NOT NULL,
    actor       VARCHAR(100) NOT NULL,
    at          DATETIME(6)  NOT NULL,
    changes     MEDIUMTEXT   NOT NULL COMMENT 'JSON array of {field, from, to}',
    PRIMARY KEY (id),
    CONSTRAINT fk_audit_town FOREIGN KEY (town_id) REFERENCES town (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_audit_entity ON audit_event (entity_type, entity_id, at);
CREATE INDEX ix_audit_town_at ON audit_event (town_id, at);

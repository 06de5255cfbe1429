-- Official documents (现场检查记录, 责令限期整改指令书 …) carry numbers like 东溪经发责改〔2021〕3号:
-- gap-free per issuing unit, kind and year, taken with the TownCounters upsert idiom. The prefix is
-- the unit's own when a town admin sets one (NULL: the town's name and the unit's short name), and is
-- audited like the unit's other columns (V11, V61).
CREATE TABLE document_counter (
    unit_id BIGINT      NOT NULL,
    kind    VARCHAR(30) NOT NULL,
    year    INT         NOT NULL,
    value   INT         NOT NULL,
    PRIMARY KEY (unit_id, kind, year),
    CONSTRAINT fk_document_counter_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE unit ADD COLUMN document_prefix VARCHAR(20) NULL;
ALTER TABLE unit_aud ADD COLUMN document_prefix VARCHAR(20) NULL;

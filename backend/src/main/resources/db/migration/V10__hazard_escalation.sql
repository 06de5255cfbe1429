-- The daily overdue check records each escalation it raises as a row of its own instead of
-- bulk-updating hazard.escalation_level (which bypassed the audit and the hazard's version).
-- UNIQUE (hazard_id, level): of two checks running at once, only one can raise a level.

CREATE TABLE hazard_escalation (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    hazard_id    BIGINT      NOT NULL,
    level        INT         NOT NULL COMMENT '1 = first threshold of anjian.hazard.escalation-days, 2 = the next, ...',
    days_overdue INT         NULL COMMENT 'days past the deadline when raised; NULL for levels raised before V10',
    raised_at    DATETIME(6) NULL COMMENT 'when raised; NULL for levels raised before V10 (not recorded then)',
    PRIMARY KEY (id),
    CONSTRAINT fk_escalation_hazard FOREIGN KEY (hazard_id) REFERENCES hazard (id),
    CONSTRAINT uk_escalation_hazard_level UNIQUE (hazard_id, level)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The level each hazard had reached, so no level is raised twice.
INSERT INTO hazard_escalation (hazard_id, level, days_overdue, raised_at)
SELECT id, escalation_level, NULL, NULL FROM hazard WHERE escalation_level > 0;

ALTER TABLE hazard MODIFY escalation_level INT NOT NULL DEFAULT 0
    COMMENT 'no longer written: superseded by hazard_escalation (V10); kept as it was';

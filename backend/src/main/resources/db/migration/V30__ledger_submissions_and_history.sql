-- Every submission of a monthly ledger is kept as its own numbered version with its lines, written
-- once and never changed; what happened to a ledger (submitted, returned, accepted, imported into) is
-- an append-only history whose order is its id. A resubmission adds a version and overwrites nothing.
-- Names are stored beside logins, as both are read by people.
CREATE TABLE ledger_submission (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    ledger_id         BIGINT       NOT NULL,
    submission_no     INT          NOT NULL COMMENT '1, 2, … per ledger',
    submitted_at      DATETIME(6)  NOT NULL,
    submitted_by      VARCHAR(100) NULL COMMENT 'null only for a version reconstructed by this migration',
    submitted_by_name VARCHAR(50)  NULL,
    late              BOOLEAN      NOT NULL,
    nil_return        BOOLEAN      NOT NULL,
    note              VARCHAR(500) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_submission_ledger FOREIGN KEY (ledger_id) REFERENCES monthly_ledger (id),
    CONSTRAINT uk_submission_no UNIQUE (ledger_id, submission_no)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE ledger_event (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    town_id       BIGINT       NOT NULL,
    unit_id       BIGINT       NOT NULL,
    period        CHAR(7)      NOT NULL COMMENT 'YYYY-MM',
    action        VARCHAR(20)  NOT NULL COMMENT 'SUBMIT, RETURN, ACCEPT or IMPORT',
    at            DATETIME(6)  NOT NULL,
    actor         VARCHAR(100) NULL COMMENT 'null only where this migration could not know it',
    actor_name    VARCHAR(50)  NULL,
    submission_no INT          NULL COMMENT 'the version submitted, returned or accepted',
    detail        VARCHAR(500) NULL COMMENT 'reason of a return, note of a submission, file name of an import',
    row_count     INT          NULL COMMENT 'hazards an import created',
    PRIMARY KEY (id),
    CONSTRAINT fk_ledger_event_town FOREIGN KEY (town_id) REFERENCES town (id),
    CONSTRAINT fk_ledger_event_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_ledger_event_ledger ON ledger_event (unit_id, period, id);

-- Existing ledgers held only their last submission. One that was returned and then resubmitted
-- still carries the return (who, when, why) of the earlier submission, whose lines were deleted:
-- that earlier one becomes version 1 with what is known of it (submitted when the ledger row was
-- created, by someone unknown, no lines) and the current one version 2.
INSERT INTO ledger_submission (ledger_id, submission_no, submitted_at, submitted_by, submitted_by_name, late, nil_return, note)
SELECT l.id, 1, l.created_at, NULL, NULL, COALESCE(l.late, FALSE), FALSE, NULL
  FROM monthly_ledger l
 WHERE l.state IN ('SUBMITTED', 'ACCEPTED') AND l.returned_at IS NOT NULL AND l.submitted_at IS NOT NULL;

-- The submission each ledger holds now. A resubmission's lateness is reckoned like any submission's:
-- from the day after the due day on, in the towns' zone (UTC+8, no daylight saving).
INSERT INTO ledger_submission (ledger_id, submission_no, submitted_at, submitted_by, submitted_by_name, late, nil_return, note)
SELECT l.id,
       CASE WHEN l.state IN ('SUBMITTED', 'ACCEPTED') AND l.returned_at IS NOT NULL THEN 2 ELSE 1 END,
       l.submitted_at, l.submitted_by, COALESCE(p.name, l.submitted_by),
       CASE WHEN l.state IN ('SUBMITTED', 'ACCEPTED') AND l.returned_at IS NOT NULL
            THEN l.submitted_at >= TIMESTAMP(DATE_ADD(l.due_on, INTERVAL 1 DAY)) - INTERVAL 8 HOUR
            ELSE COALESCE(l.late, FALSE) END,
       l.nil_return, l.note
  FROM monthly_ledger l
  LEFT JOIN person p ON p.login = l.submitted_by
 WHERE l.submitted_at IS NOT NULL;

-- Their history, oldest first (within one instant: by version, uploads before its submission, then
-- submit, return, accept).
INSERT INTO ledger_event (town_id, unit_id, period, action, at, actor, actor_name, submission_no, detail, row_count)
SELECT town_id, unit_id, period, action, at, actor, actor_name, submission_no, detail, row_count FROM (
    SELECT l.town_id, l.unit_id, l.period, 'SUBMIT' AS action, s.submitted_at AS at, s.submitted_by AS actor,
           s.submitted_by_name AS actor_name, s.submission_no, s.note AS detail, NULL AS row_count, 2 AS rank_in_instant
      FROM ledger_submission s JOIN monthly_ledger l ON l.id = s.ledger_id
    UNION ALL
    SELECT l.town_id, l.unit_id, l.period, 'RETURN', l.returned_at, l.returned_by, COALESCE(p.name, l.returned_by),
           1, l.returned_reason, NULL, 3
      FROM monthly_ledger l LEFT JOIN person p ON p.login = l.returned_by
     WHERE l.returned_at IS NOT NULL
    UNION ALL
    SELECT l.town_id, l.unit_id, l.period, 'ACCEPT', l.accepted_at, l.accepted_by, COALESCE(p.name, l.accepted_by),
           (SELECT MAX(s.submission_no) FROM ledger_submission s WHERE s.ledger_id = l.id), NULL, NULL, 4
      FROM monthly_ledger l LEFT JOIN person p ON p.login = l.accepted_by
     WHERE l.accepted_at IS NOT NULL
    UNION ALL
    SELECT i.town_id, i.unit_id, i.period, 'IMPORT', i.imported_at, i.imported_by, COALESCE(p.name, i.imported_by),
           NULL, i.filename, i.rows_created, 1
      FROM ledger_import i LEFT JOIN person p ON p.login = i.imported_by
) history
 ORDER BY at, COALESCE(submission_no, 0), rank_in_instant;

-- A line belongs to one submission.
ALTER TABLE ledger_line ADD COLUMN submission_id BIGINT NULL AFTER id;
UPDATE ledger_line li
  JOIN ledger_submission s ON s.ledger_id = li.ledger_id
   AND s.submission_no = (SELECT MAX(s2.submission_no) FROM ledger_submission s2 WHERE s2.ledger_id = li.ledger_id)
   SET li.submission_id = s.id;
ALTER TABLE ledger_line MODIFY submission_id BIGINT NOT NULL;
ALTER TABLE ledger_line ADD CONSTRAINT fk_line_submission FOREIGN KEY (submission_id) REFERENCES ledger_submission (id);
ALTER TABLE ledger_line ADD CONSTRAINT uk_line_submission_no UNIQUE (submission_id, line_no);
ALTER TABLE ledger_line DROP FOREIGN KEY fk_line_ledger;
ALTER TABLE ledger_line DROP INDEX uk_line_no;
ALTER TABLE ledger_line DROP COLUMN ledger_id;

-- The ledger row keeps where it stands: state, due day, whether its first submission was late, and
-- the version that guards changes. What each submission said is above, and what happened, in its history.
ALTER TABLE monthly_ledger
    DROP COLUMN nil_return,
    DROP COLUMN submitted_at,
    DROP COLUMN submitted_by,
    DROP COLUMN returned_reason,
    DROP COLUMN returned_at,
    DROP COLUMN returned_by,
    DROP COLUMN accepted_at,
    DROP COLUMN accepted_by,
    DROP COLUMN note;

-- The record of uploads is listed on the ledger page (GET …/imports), with the importer's name.
ALTER TABLE ledger_import ADD COLUMN imported_by_name VARCHAR(50) NULL AFTER imported_by;
UPDATE ledger_import i LEFT JOIN person p ON p.login = i.imported_by
   SET i.imported_by_name = COALESCE(p.name, i.imported_by);
ALTER TABLE ledger_import MODIFY imported_by_name VARCHAR(50) NOT NULL;
CREATE INDEX ix_import_unit_period ON ledger_import (unit_id, period, imported_at);

-- The enforcement ledger's totals of a whole town read this index alone (covering: state, decision date,
-- fine and persons), not every row of the table; a campaign's figures find its cases by campaign_id.
CREATE INDEX ix_case_town_totals ON enforcement_case (town_id, state, penalty_decided_on, fine_amount, persons_dispatched);
CREATE INDEX ix_case_campaign ON enforcement_case (campaign_id, state);

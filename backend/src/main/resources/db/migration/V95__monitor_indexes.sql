-- The enforcement monitors (issue 8), computed on every request:
-- 首查必罚 asks, for each inspection of the year, whether the same office inspected the same unit earlier
-- in the year: one office's inspections of one unit, in date order.
CREATE INDEX ix_inspection_pair_on ON inspection (inspecting_unit_id, inspected_unit_id, inspected_on);
-- 月月清零 counts the town's penalty decisions of a year by office and month.
CREATE INDEX ix_case_town_decided ON enforcement_case (town_id, penalty_decided_on);
-- Orders overdue: the town's cases still ORDERED, by deadline.
CREATE INDEX ix_case_town_state_deadline ON enforcement_case (town_id, state, order_deadline);

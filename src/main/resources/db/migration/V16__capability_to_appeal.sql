-- The Capability Procedure to its end (issue 15, item 8): the companion at each meeting, the first and
-- final written warnings, the decision meeting (dismissal with notice) and the appeal heard by a panel
-- not involved before.
alter table capability_case add column support varchar(4000);
alter table capability_case add column companion varchar(200);
alter table capability_case add column first_warning_at timestamp;
alter table capability_case add column final_warning_at timestamp;
alter table capability_case add column decision_invited_by varchar(64);
alter table capability_case add column decision_meeting_at timestamp;
alter table capability_case add column decision_place varchar(200);
alter table capability_case add column decision_companion varchar(200);
alter table capability_case add column decision varchar(20);
alter table capability_case add column decision_reasons varchar(4000);
alter table capability_case add column dismissal_notice_weeks smallint;
alter table capability_case add column employment_ends_on date;
alter table capability_case add column decided_at timestamp;
alter table capability_case add column decision_recorded_by varchar(64);
alter table capability_case add column appeal_grounds varchar(4000);
alter table capability_case add column appealed_at timestamp;
alter table capability_case add column appeal_panel varchar(400);
alter table capability_case add column appeal_hearing_at timestamp;
alter table capability_case add column appeal_place varchar(200);
alter table capability_case add column appeal_outcome varchar(20);
alter table capability_case add column appeal_reasons varchar(4000);
alter table capability_case add column appeal_decided_at timestamp;
alter table capability_case drop constraint capability_outcome_known;
alter table capability_case add constraint capability_outcome_known
    check (outcome is null or outcome in ('IMPROVED', 'FURTHER_MONITORING', 'NOT_IMPROVED', 'DECISION_MEETING'));
alter table capability_case add constraint capability_decision_known check (decision is null or decision in ('IMPROVED', 'DISMISSAL'));
alter table capability_case add constraint capability_appeal_outcome_known
    check (appeal_outcome is null or appeal_outcome in ('UPHELD', 'NOT_UPHELD'));

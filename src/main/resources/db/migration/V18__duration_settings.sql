-- Durations that were constants become policy settings; a trust that has changed its settings keeps
-- today's values until HR changes them (none is from the trust's documents: they are this product's defaults).
alter table trust_policy add column annual_assessment_lead_weeks smallint default 6 not null;
alter table trust_policy add column choose_appraiser_working_days smallint default 5 not null;
alter table trust_policy add column late_start_objectives_weeks smallint default 4 not null;
alter table trust_policy add column comments_working_days smallint default 5 not null;
alter table trust_policy add column hlta_visit_alert_working_days smallint default 10 not null;
alter table trust_policy add column max_objectives smallint default 3 not null;

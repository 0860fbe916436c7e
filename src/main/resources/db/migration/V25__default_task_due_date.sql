-- A task whose model names no due date (an HLTA headteacher's or coordinator's step, a capability meeting's record)
-- is due this many working days after it opens, so that it can be overdue. This product's default.
alter table trust_policy add column default_task_working_days smallint default 10 not null;

-- Policy settings per trust. A trust without a row works to the defaults of its source documents
-- (seed values); HR changes them through /api/trusts/{id}/policy, and who changed what is kept.
create table trust_policy (
    trust_id                          varchar(40)   primary key references trust (id),
    objectives_deadline_month         smallint      not null,
    objectives_deadline_day           smallint      not null,
    objectives_escalation_working_days smallint     not null,
    interim_review_percent            smallint      not null,
    appeal_window_working_days        smallint      not null,
    informal_support_max_weeks        smallint      not null,
    support_extensions_allowed        smallint      not null,
    review_reminder_working_days      smallint      not null,
    capability_notice_working_days    smallint      not null,
    capability_monitoring_weeks       smallint      not null,
    hlta_visit_window_weeks           smallint      not null,
    hlta_preparation_days             smallint      not null,
    hlta_assessment_tasks             smallint      not null,
    development_cost_threshold        numeric(10, 2) not null,
    confirm_details_working_days      smallint      not null,
    updated_by                        varchar(64)   not null,
    updated_at                        timestamp     not null
);

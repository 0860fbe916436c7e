-- The pay policy's two stages of a pay appeal: a review by the person who decided, then a formal
-- hearing by a panel not involved before. The review's working days are a trust setting (this product's default 10)
-- and so is the notice of the hearing (5 working days, as for a formal capability meeting).
alter table trust_policy add column pay_review_working_days smallint default 10 not null;
alter table trust_policy add column pay_hearing_notice_working_days smallint default 5 not null;

alter table appraisal add column pay_review_held_on date;
alter table appraisal add column pay_review_outcome varchar(20);
alter table appraisal add column pay_review_reasons varchar(2000);
alter table appraisal add column pay_review_by varchar(64);
alter table appraisal add column pay_review_at timestamp;
alter table appraisal add column hearing_grounds varchar(4000);
alter table appraisal add column hearing_requested_at timestamp;
alter table appraisal add column hearing_at timestamp;
alter table appraisal add column hearing_place varchar(200);
alter table appraisal add column hearing_invited_by varchar(64);
alter table appraisal add column appeal_companion varchar(20);
alter table appraisal add column appeal_companion_name varchar(200);
alter table appraisal add constraint appraisal_review_known check (pay_review_outcome is null or pay_review_outcome in ('UPHELD', 'NOT_UPHELD'));
alter table appraisal add constraint appraisal_companion_known check (appeal_companion is null or appeal_companion in ('NONE', 'TRADE_UNION', 'COLLEAGUE'));

-- Who took part in the appeal: those present at the review beside the decider, and the hearing's panel.
-- The panel must not have been involved before; both read the appeal's letters.
create table appraisal_appeal_person (
    appraisal_id  bigint       not null references appraisal (id),
    username      varchar(64)  not null,
    part          varchar(10)  not null,
    primary key (appraisal_id, username, part),
    constraint appeal_person_part_known check (part in ('REVIEW', 'PANEL'))
);

-- A launch of the appraisal year (a school or the trust) is planned at once and its cases started in the background:
-- each member of staff in scope is one row, whose outcome a worker claims in the same transaction as the case it starts,
-- so a launch resumed after a crash, or run by two nodes, never starts a case twice.
create table appraisal_launch (
    id              varchar(36)   primary key,
    trust_id        varchar(20)   not null,
    period_label    varchar(9)    not null,
    scope           varchar(10)   not null,
    for_whom        varchar(200)  not null,
    launched_by     varchar(64)   not null,
    launched_at     timestamp     not null,
    heartbeat_at    timestamp     not null,
    finished_at     timestamp
);

create table appraisal_launch_item (
    launch_id       varchar(36)   not null references appraisal_launch (id),
    staff_id        varchar(20)   not null,
    staff_name      varchar(200)  not null,
    outcome         varchar(10)   not null,
    reason          varchar(1000),
    primary key (launch_id, staff_id),
    constraint appraisal_launch_outcome_known check (outcome in ('WAITING', 'STARTED', 'EXISTED', 'LEFT_OUT', 'FAILED'))
);

create index appraisal_launch_item_outcome on appraisal_launch_item (launch_id, outcome);
create index appraisal_launch_unfinished on appraisal_launch (finished_at, heartbeat_at);

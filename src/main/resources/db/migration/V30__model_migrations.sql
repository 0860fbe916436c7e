-- Running cases an analyst moved to the latest version of their process (POST /api/models/{processKey}/migrations):
-- one row per Camunda batch (one per older version), and the cases it was given, so that its progress names each
-- case by its business key, during the batch and after Camunda has removed it.
create table model_migration (
    batch_id           varchar(64)  primary key,
    process_key        varchar(255) not null,
    source_version     integer      not null,
    target_definition  varchar(64)  not null,
    target_version     integer      not null,
    requested_by       varchar(64)  not null,
    requested_at       timestamp    not null
);

create table model_migration_case (
    batch_id             varchar(64)  not null references model_migration (batch_id),
    process_instance_id  varchar(64)  not null,
    business_key         varchar(255),
    primary key (batch_id, process_instance_id)
);

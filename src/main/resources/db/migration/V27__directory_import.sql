-- Bringing a trust's staff in from its MIS (README "Bringing in the trust's staff").
-- A school's DfE URN (unique reference number), by which the staff file may name it.
alter table school add column urn varchar(6);
create unique index school_urn on school (urn);

-- What the MIS says and the staff record keeps beside the record itself: the person's title (Mrs, Dr) and the day their
-- employment ends (a leaver); the share of full time is staff_member.fte (V19).
alter table staff_member add column title varchar(20);
alter table staff_member add column employment_ends_on date;

-- A previewed import: the files exactly as uploaded, who previewed them, and a fingerprint of the directory they were
-- compared with. Applying it re-reads these files and is refused when the directory no longer has that fingerprint;
-- once applied, the files are dropped and the row says when and by whom.
create table directory_import (
    id                     varchar(36)  primary key,
    created_by             varchar(64)  not null,
    created_at             timestamp    not null,
    school_id              varchar(40),            -- a headteacher's own school; null: the whole trust
    directory_fingerprint  varchar(64)  not null,
    schools_csv            bytea,
    staff_csv              bytea,
    qualifications_csv     bytea,
    applied_at             timestamp,
    applied_by             varchar(64)
);

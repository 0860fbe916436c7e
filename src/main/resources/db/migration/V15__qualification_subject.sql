-- The subject of a qualification as data: English or literacy, maths or numeracy, or other. Standard 11
-- of the HLTA standards and the career-progression framework ask for level 2 in English/literacy and in
-- maths/numeracy, whatever the qualification is called ("Adult Certificate in Literacy", "Functional
-- Skills Maths", "Numeracy"). Rows already held are given a subject once, from their titles; from now on
-- whoever records a qualification says its subject.
alter table qualification add column subject varchar(20) default 'OTHER' not null;
update qualification set subject = 'ENGLISH_LITERACY'
    where lower(title) like '%english%' or lower(title) like '%literacy%';
update qualification set subject = 'MATHS_NUMERACY'
    where subject = 'OTHER' and (lower(title) like '%math%' or lower(title) like '%numeracy%');
alter table qualification alter column subject drop default;
alter table qualification add constraint qualification_subject_known
    check (subject in ('ENGLISH_LITERACY', 'MATHS_NUMERACY', 'OTHER'));

-- The employee's steps have deadlines: what was never answered is said on the record (issue 15, item 5).
-- A year may hold more than one interim review; the date of the next one is kept with the review before it.
-- An appraisal ends when the employee leaves: the day, why, and who recorded it.
alter table appraisal add column unanswered_steps varchar(2000);
alter table appraisal_interim_review add column next_review_on date;
alter table appraisal add column left_on date;
alter table appraisal add column ended_reason varchar(2000);
alter table appraisal add column ended_by varchar(100);

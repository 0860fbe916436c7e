-- A leaver (README "Leavers"): the day after their employment ends, the daily sweep ends their cases, hands the tasks
-- they held to their headteacher and closes their account; this says when, so that it happens once.
alter table staff_member add column left_processed_at timestamp;

-- Found by the benchmark (README "Benchmark"): every appraisal case opened looks up the trust's HR
-- adviser and, for a headteacher, the appraisal panel by role, and every launch reads the period's
-- existing appraisals; without these indexes each is a scan of a trust's whole staff or history.
create index staff_member_role on staff_member (role);
create index appraisal_period on appraisal (period_label);

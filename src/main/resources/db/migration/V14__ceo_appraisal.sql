-- The CEO is appraised by the chair of trustees (policy 1.4); a trust may add the external adviser.
-- Off for every trust that has changed its settings, as the policy names the chair alone.
alter table trust_policy add column ceo_appraised_with_external_adviser boolean default false not null;

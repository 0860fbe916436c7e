-- The pay decision's ten working days after the employee's comments were a constant; they become the trust's
-- setting (this product's default: the pay policy asks for a decision but names no number of days).
alter table trust_policy add column pay_decision_working_days smallint default 10 not null;

-- Movers (README "Movers"): who reviews a concern once its employee has moved school and the person who raised it stayed
-- at the old one. Null: whoever raised it reviews it, as before.
alter table performance_concern add column reviewer varchar(64);

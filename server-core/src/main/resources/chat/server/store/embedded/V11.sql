-- Schema version 11: reserved for another branch of issue 18 (this placeholder changes nothing,
-- and gives way to that branch's V11 when the two are merged).
SELECT 1;

-- Schema version 11: a placeholder on the account self-service branch, taken by another part of
-- the same issue; the merge replaces this file with that part's migration.
DROP TABLE IF EXISTS placeholder_of_a_merged_migration;

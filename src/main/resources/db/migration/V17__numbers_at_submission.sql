-- An application gets its number at its first submission, not as a draft: drafts that are never submitted
-- no longer use up numbers, and a deleted draft leaves no gap in the office's register. Both databases
-- let a unique constraint hold any number of NULLs, so uq_application_number stays as it is.
alter table application alter column number drop not null;
update application set number = null where status = 'DRAFT';

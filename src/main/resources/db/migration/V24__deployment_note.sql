-- The administrator's note on a deployment from the studio (why this version), shown beside the version.
alter table admin_audit add column note varchar(500);

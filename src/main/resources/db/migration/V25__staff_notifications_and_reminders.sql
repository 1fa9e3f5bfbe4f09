-- Office staff are told things too (a step nobody can take, a reminder about an overdue task): their
-- notifications belong to a user name instead of an enterprise.
alter table notification add column username varchar(64);
alter table notification alter column enterprise_id drop not null;
create index ix_notification_username on notification (username, id desc);

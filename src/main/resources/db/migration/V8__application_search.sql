-- The staff's list of applications, newest change first, and the history search read by this order:
-- without the index every such page sorted the whole table, which grows with every year of history.
create index ix_application_updated on application (updated_at desc, id desc);

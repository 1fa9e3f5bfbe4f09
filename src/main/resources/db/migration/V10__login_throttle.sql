-- Failed logins per account name, shared by every node (the engine's own counter locked an account for
-- good after ten failures). Names that do not exist are counted too, so the answer tells nothing about
-- which accounts exist. Times are epoch milliseconds: nodes in other time zones read them alike.
create table login_throttle (
    account      varchar(128) not null primary key,
    failures     integer      not null,
    last_failure bigint       not null,
    locked_until bigint
);
create index ix_login_throttle_last_failure on login_throttle (last_failure);

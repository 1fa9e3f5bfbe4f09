-- Quotas per client address (registrations, public-notice objections), shared by every node: a client
-- may use at most N slots within a window; a slot is free again once its use is a window old. Taking a
-- slot is one atomic statement (an update of an expired slot, or the insert of a new one, which the
-- primary key lets only one request win), so concurrent bursts get no more than N. The client is a
-- SHA-256 of its address, never the address. Times are epoch milliseconds.
create table client_quota_slot (
    bucket   varchar(40) not null,
    client   varchar(64) not null,
    slot     integer     not null,
    taken_at bigint      not null,
    primary key (bucket, client, slot)
);
create index ix_client_quota_slot_taken on client_quota_slot (taken_at);

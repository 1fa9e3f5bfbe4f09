-- Client tokens of requests that must take effect once (the Idempotency-Key header of the API, the hidden
-- token of the submit form): one row per user and token, written in the transaction of the request it
-- guards, so that a repeated or concurrent request with the same token finds the first one's result.
create table idempotency_key (
    username       varchar(64)  not null,
    token          varchar(100) not null,
    operation      varchar(20)  not null,
    application_id bigint       references application (id),
    created_at     timestamp    not null,
    constraint pk_idempotency_key primary key (username, token)
);
create index ix_idempotency_key_created on idempotency_key (created_at);

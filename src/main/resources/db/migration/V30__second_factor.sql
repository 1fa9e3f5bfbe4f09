-- A staff member's second factor: the TOTP secret of their authenticator app (RFC 6238; kept as it is, since
-- each code is computed from it) and the last time step accepted, so that a code seen over a shoulder cannot
-- be used again within its half minute.
create table second_factor (
    username    varchar(64) not null primary key,
    secret      varchar(64) not null,
    enrolled_at timestamp   not null,
    last_step   bigint      not null
);

-- Ten recovery codes per enrolment, SHA-256 hashed (each is random enough that no salt is needed); each works once.
create table recovery_code (
    username  varchar(64) not null,
    code_hash varchar(64) not null,
    used_at   timestamp,
    primary key (username, code_hash)
);

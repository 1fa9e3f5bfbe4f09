-- How each user wants to be reached outside IPFlow. An address is used only once its owner proved it theirs
-- with a code sent to it (kept as a hash, valid briefly, a few attempts); until then verified_at is null.
create table contact_address (
    username        varchar(64)  not null,
    channel         varchar(8)   not null,
    address         varchar(200) not null,
    verified_at     timestamp,
    code_hash       varchar(64),
    code_sent_at    timestamp,
    code_expires_at timestamp,
    code_failures   int          not null,
    primary key (username, channel)
);

-- Which kinds of message a user wants on which channel; no row means the default (see MessageKind).
create table message_choice (
    username varchar(64) not null,
    kind     varchar(16) not null,
    channel  varchar(8)  not null,
    wanted   boolean     not null,
    primary key (username, kind, channel)
);

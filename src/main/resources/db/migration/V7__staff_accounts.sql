-- IPFlow's own state of an account; the user, its password hash and its groups stay in Camunda's identity
-- store. A user without a row is active and needs no password change (the demo users, self-registered
-- enterprise users): rows appear when an administrator creates, disables, enables or resets an account.
create table account_state (
    username             varchar(64)  not null primary key,
    disabled             boolean      not null,
    must_change_password boolean      not null,
    created_at           timestamp    not null,
    updated_at           timestamp    not null,
    disabled_at          timestamp,
    password_changed_at  timestamp
);

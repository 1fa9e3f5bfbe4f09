-- Single sign-on: which IPFlow account a person of an OpenID provider is. The subject is the provider's
-- person id (the configured claim) for an enterprise's person, its subject for staff.
create table oidc_link (
    issuer    varchar(255) not null,
    subject   varchar(255) not null,
    username  varchar(64)  not null,
    linked_at timestamp    not null,
    primary key (issuer, subject)
);
create index ix_oidc_link_username on oidc_link (username);

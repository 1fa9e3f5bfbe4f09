-- The texts of e-mails and SMS as an administrator edited them, per event (the message's code) and language. An event
-- without a row here is written in the words of the message bundles; removing the row resets it to them.
create table message_template (
    event      varchar(100)  not null,
    language   varchar(2)    not null,
    subject    varchar(200)  not null,
    body       varchar(4000) not null,
    updated_by varchar(100)  not null,
    updated_at timestamp     not null,
    primary key (event, language)
);

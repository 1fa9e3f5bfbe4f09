-- The query code of the receipt (受理回执): given at the first submission, it lets anyone who holds the
-- receipt look up the application's progress without logging in. A low-value code (status and step only),
-- kept as it is so that the receipt can be printed again; compared in constant time.
alter table application add column query_code varchar(16);

-- The enterprise's evaluation (好差评) of an application that ended: once per application.
create table application_evaluation (
    application_id bigint        not null primary key references application (id),
    programme_key  varchar(64)   not null,
    rating         int           not null,
    comment        varchar(1000),
    evaluated_by   varchar(64)   not null,
    evaluated_at   timestamp     not null,
    constraint ck_application_evaluation_rating check (rating between 1 and 5)
);
create index ix_application_evaluation_programme on application_evaluation (programme_key);

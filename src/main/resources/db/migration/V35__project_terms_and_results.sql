-- A programme's project terms (项目验收): the share of the approved amount paid on award, the rest paid
-- once the office accepts the project, and the project period after the award payment at whose end the
-- enterprise reports its results. A programme without a row pays in full on award and ends there.
create table programme_project_terms (
    programme_key  varchar(64) not null primary key,
    award_percent  int         not null,
    project_months int         not null,
    constraint ck_project_terms_percent check (award_percent between 1 and 100),
    constraint ck_project_terms_months check (project_months between 1 and 120)
);

-- The results an enterprise reported at the end of its project; a corrected report replaces the row.
create table project_result (
    application_id      bigint         not null primary key references application (id),
    new_output_value    decimal(14, 2) not null,
    jobs                int            not null,
    patents_implemented int            not null,
    money_spent         decimal(14, 2) not null,
    reported_by         varchar(64)    not null,
    reported_at         timestamp      not null
);

-- The targets of the office's five-year plan, one row per indicator, entered by administrators and
-- shown on the dashboard against what the applications achieved within the plan's years.
create table plan_target (
    indicator     varchar(40)    primary key,
    target_value  decimal(16, 2) not null,
    from_year     int            not null,
    to_year       int            not null,
    updated_by    varchar(64)    not null,
    updated_at    timestamp      not null,
    constraint ck_plan_target_value check (target_value >= 0),
    constraint ck_plan_target_years check (to_year >= from_year)
);

-- Disbursements are summed per year of payment for the dashboard and the public figures.
create index ix_disbursement_paid_on on disbursement (paid_on);
-- Applications are counted per year of submission.
create index ix_application_submitted on application (submitted_at);

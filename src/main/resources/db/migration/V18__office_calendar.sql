-- The office calendar: per year, the public holidays and the swapped working days (调休 weekends) the State
-- Council announces, as the administrator entered them. A year has a row in office_calendar_year once it
-- was entered, so "entered with no exceptions" differs from "never entered" (which the administrator is
-- warned about). Any day not listed is a working day from Monday to Friday.
create table office_calendar_year (
    calendar_year integer      not null primary key,
    updated_by    varchar(100) not null,
    updated_at    timestamp    not null
);
create table office_calendar_day (
    calendar_date date        not null primary key,
    calendar_year integer     not null references office_calendar_year (calendar_year),
    kind          varchar(10) not null check (kind in ('HOLIDAY', 'WORKDAY'))
);
create index ix_office_calendar_day_year on office_calendar_day (calendar_year);

-- 2026 as the State Council's General Office announced it on 2025-11-04 (部分节假日安排的通知).
insert into office_calendar_year (calendar_year, updated_by, updated_at) values (2026, 'ipflow', timestamp '2025-11-05 00:00:00');
insert into office_calendar_day (calendar_date, calendar_year, kind) values
    (date '2026-01-01', 2026, 'HOLIDAY'), (date '2026-01-02', 2026, 'HOLIDAY'), (date '2026-01-03', 2026, 'HOLIDAY'),
    (date '2026-01-04', 2026, 'WORKDAY'),
    (date '2026-02-14', 2026, 'WORKDAY'),
    (date '2026-02-15', 2026, 'HOLIDAY'), (date '2026-02-16', 2026, 'HOLIDAY'), (date '2026-02-17', 2026, 'HOLIDAY'),
    (date '2026-02-18', 2026, 'HOLIDAY'), (date '2026-02-19', 2026, 'HOLIDAY'), (date '2026-02-20', 2026, 'HOLIDAY'),
    (date '2026-02-21', 2026, 'HOLIDAY'), (date '2026-02-22', 2026, 'HOLIDAY'), (date '2026-02-23', 2026, 'HOLIDAY'),
    (date '2026-02-28', 2026, 'WORKDAY'),
    (date '2026-04-04', 2026, 'HOLIDAY'), (date '2026-04-05', 2026, 'HOLIDAY'), (date '2026-04-06', 2026, 'HOLIDAY'),
    (date '2026-05-01', 2026, 'HOLIDAY'), (date '2026-05-02', 2026, 'HOLIDAY'), (date '2026-05-03', 2026, 'HOLIDAY'),
    (date '2026-05-04', 2026, 'HOLIDAY'), (date '2026-05-05', 2026, 'HOLIDAY'),
    (date '2026-05-09', 2026, 'WORKDAY'),
    (date '2026-06-19', 2026, 'HOLIDAY'), (date '2026-06-20', 2026, 'HOLIDAY'), (date '2026-06-21', 2026, 'HOLIDAY'),
    (date '2026-09-20', 2026, 'WORKDAY'),
    (date '2026-09-25', 2026, 'HOLIDAY'), (date '2026-09-26', 2026, 'HOLIDAY'), (date '2026-09-27', 2026, 'HOLIDAY'),
    (date '2026-10-01', 2026, 'HOLIDAY'), (date '2026-10-02', 2026, 'HOLIDAY'), (date '2026-10-03', 2026, 'HOLIDAY'),
    (date '2026-10-04', 2026, 'HOLIDAY'), (date '2026-10-05', 2026, 'HOLIDAY'), (date '2026-10-06', 2026, 'HOLIDAY'),
    (date '2026-10-07', 2026, 'HOLIDAY'),
    (date '2026-10-10', 2026, 'WORKDAY');

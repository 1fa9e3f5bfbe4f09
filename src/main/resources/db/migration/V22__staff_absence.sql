-- Delegation while away: a staff member's absence (office dates, both days included) and the colleague who
-- works their assigned tasks meanwhile. One row per person: a new absence replaces the old one.
create table staff_absence (
    username    varchar(64) not null primary key,
    substitute  varchar(64) not null,
    starts_on   date        not null,
    ends_on     date        not null,
    updated_at  timestamp   not null,
    constraint ck_staff_absence_dates check (ends_on >= starts_on)
);
create index ix_staff_absence_substitute on staff_absence (substitute, ends_on);

-- A decision a substitute took for an absent colleague names both: actor the substitute, on_behalf_of the absent.
alter table decision_record add column on_behalf_of varchar(64);

-- The form of a programme's results report (a form-js form id); null means the released default form, which asks
-- for the four figures the dashboard reads and a summary.
alter table programme_project_terms add column report_form varchar(64);

-- What a report holds besides the four figures, as the report form's cleaned data (JSON); null before V38.
alter table project_result add column details text;

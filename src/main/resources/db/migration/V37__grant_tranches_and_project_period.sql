-- The release's patent-transformation grant is paid in two tranches, 70 % of the approved amount on award and the
-- rest once the office accepts the project, after a project period of 12 months (the province's practice for
-- 转化项目). Data only, and only where the grant has no terms yet: terms an administrator already set are kept.
insert into programme_project_terms (programme_key, award_percent, project_months)
select 'patent-transformation-grant', 70, 12
where not exists (select 1 from programme_project_terms where programme_key = 'patent-transformation-grant');

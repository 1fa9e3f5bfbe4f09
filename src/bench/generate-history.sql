-- Bench data generator (issue 6): adds :n completed applications of the benchmark programme, numbered
-- from :start + 1, with the history the engine would have written at history level "audit" for the
-- bench-three-reviews process (process, 6 activity and 3 task instances, 10 variables) and IPFlow's own
-- rows (application, 3 decision records). Set-based inserts: no engine code runs, see the README.
\set ON_ERROR_STOP on
begin;
insert into enterprise (name, credit_code, region, contact_name, contact_phone, email, created_at)
select '生成数据企业', '91150100GENERATED0', '150100', '王敏', '0477-8581234', 'gen@example.org', now()
where not exists (select 1 from enterprise where credit_code = '91150100GENERATED0');

create temp table gen on commit drop as
select g as n, 'gen-' || g as pi, 'GEN-' || g as number,
       timestamp '2020-01-01' + (g % 1500) * interval '1 day' + (g % 86400) * interval '1 second' as t0
from generate_series(:start + 1, :start + :n) g;

create temp table def on commit drop as
select id_ as def_id from act_re_procdef where key_ = 'bench-three-reviews' order by version_ desc limit 1;

insert into application (number, programme_key, enterprise_id, region, status, title, data, requested_amount,
        approved_amount, process_instance_id, created_by, created_at, updated_at, submitted_at)
select number, 'bench-three-reviews', e.id, '150100', 'APPROVED', '生成项目 ' || n,
       '{"projectName":"生成项目 ' || n || '","amountRequested":50000}', 50000, 50000, pi, 'generator', t0,
       t0 + interval '3 days', t0
from gen, (select id from enterprise where credit_code = '91150100GENERATED0') e;

insert into decision_record (application_id, task_id, step_key, step_name, actor, decided_at, decision, comment, details)
select a.id, gen.pi || '-t' || s, (array['Task_FirstReview', 'Task_SecondReview', 'Task_ThirdReview'])[s],
       (array['第一次审查', '第二次审查', '第三次审查'])[s], 'reviewer' || s, gen.t0 + s * interval '1 day',
       'approve', '同意', '{"decision":"approve","comment":"同意"}'
from gen join application a on a.number = gen.number, generate_series(1, 3) s;

insert into act_hi_procinst (id_, proc_inst_id_, business_key_, proc_def_key_, proc_def_id_, start_time_, end_time_,
        removal_time_, duration_, start_act_id_, end_act_id_, root_proc_inst_id_, state_)
select pi, pi, number, 'bench-three-reviews', def_id, t0, t0 + interval '3 days',
       t0 + interval '3 days' + interval '3650 days', 259200000, 'StartEvent_Submitted', 'EndEvent_Reviewed', pi, 'COMPLETED'
from gen, def;

insert into act_hi_taskinst (id_, task_def_key_, proc_def_key_, proc_def_id_, root_proc_inst_id_, proc_inst_id_,
        execution_id_, act_inst_id_, name_, assignee_, start_time_, end_time_, duration_, delete_reason_, priority_,
        due_date_, removal_time_, task_state_)
select pi || '-t' || s, (array['Task_FirstReview', 'Task_SecondReview', 'Task_ThirdReview'])[s], 'bench-three-reviews',
       def_id, pi, pi, pi, pi || '-a' || s, (array['第一次审查', '第二次审查', '第三次审查'])[s], 'reviewer' || s,
       t0 + (s - 1) * interval '1 day', t0 + s * interval '1 day', 86400000, 'completed', 50,
       t0 + (s + 4) * interval '1 day', t0 + interval '3653 days', 'Completed'
from gen, def, generate_series(1, 3) s;

insert into act_hi_actinst (id_, parent_act_inst_id_, proc_def_key_, proc_def_id_, root_proc_inst_id_, proc_inst_id_,
        execution_id_, act_id_, task_id_, act_name_, act_type_, assignee_, start_time_, end_time_, duration_,
        act_inst_state_, sequence_counter_, removal_time_)
select pi || '-a' || s, pi, 'bench-three-reviews', def_id, pi, pi, pi,
       (array['StartEvent_Submitted', 'Task_FirstReview', 'Task_SecondReview', 'Task_ThirdReview', 'Task_MarkApproved',
              'EndEvent_Reviewed'])[s + 1],
       case when s between 1 and 3 then pi || '-t' || s end,
       (array['申请已提交', '第一次审查', '第二次审查', '第三次审查', '审查通过', '审查完毕'])[s + 1],
       (array['startEvent', 'userTask', 'userTask', 'userTask', 'serviceTask', 'noneEndEvent'])[s + 1],
       case when s between 1 and 3 then 'reviewer' || s end,
       t0 + least(greatest(s - 1, 0), 3) * interval '1 day', t0 + least(s, 3) * interval '1 day', 0,
       case when s = 5 then 1 else 0 end,
       s + 1, t0 + interval '3653 days'
from gen, def, generate_series(0, 5) s;

insert into act_hi_varinst (id_, proc_def_key_, proc_def_id_, root_proc_inst_id_, proc_inst_id_, execution_id_,
        act_inst_id_, name_, var_type_, create_time_, rev_, double_, long_, text_, state_, removal_time_)
select pi || '-v' || v, 'bench-three-reviews', def_id, pi, pi, pi, pi,
       (array['applicationId', 'applicationNumber', 'programme', 'region', 'enterpriseId', 'requestedAmount',
               'scoreSum', 'scoreCount', 'decision', 'actor'])[v],
       (array['long', 'string', 'string', 'string', 'long', 'double', 'long', 'long', 'string', 'string'])[v],
       t0, 0, case when v = 6 then 50000 end,
       case when v in (1, 5) then n when v in (7, 8) then 0 end,
       case v when 2 then number when 3 then 'bench-three-reviews' when 4 then '150100' when 9 then 'approve'
              when 10 then 'reviewer3' end,
       'CREATED', t0 + interval '3653 days'
from gen, def, generate_series(1, 10) v;
commit;

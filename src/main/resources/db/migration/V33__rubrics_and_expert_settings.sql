-- A programme's scoring rubric: its criteria in order. An expert (or, for a programme scored by staff, the
-- reviewer) scores each criterion from 0 to its maximum with a comment; the step's score is the weighted mean
-- of the criteria, each taken as a share of its maximum, on 0 to 100, computed by IPFlow.
create table rubric_criterion (
    programme_key varchar(64)   not null,
    position      int           not null,
    criterion_key varchar(40)   not null,
    name_zh       varchar(100)  not null,
    name_en       varchar(100)  not null,
    weight        numeric(6, 2) not null,
    maximum       numeric(6, 2) not null,
    guidance_zh   varchar(1000),
    guidance_en   varchar(1000),
    primary key (programme_key, criterion_key)
);

-- A programme's expert review: what the building block drawExpertDelegate reads where the model sets nothing.
create table programme_expert_settings (
    programme_key        varchar(64)   not null primary key,
    fields               varchar(500)  not null,
    experts              int           not null,
    region_recusal       boolean       not null,
    accept_days          int           not null,
    dispersion_threshold numeric(6, 2) not null,
    updated_by           varchar(64)   not null,
    updated_at           timestamp     not null
);

-- The release's rubrics: the grant's expert review, and the certification's site evaluation by the clauses of
-- GB/T 29490-2023 with the weights of its decision table (the criteria keys are the site-evaluation form's fields).
insert into rubric_criterion values
 ('patent-transformation-grant', 1, 'technicalMaturity', '技术成熟度', 'Technical maturity', 25, 100,
  '专利技术的成熟程度与产业化条件：样机、中试或量产情况。', 'How mature the patented technology is for production: prototype, pilot run or volume production.'),
 ('patent-transformation-grant', 2, 'marketProspects', '市场前景', 'Market prospects', 20, 100,
  '目标市场规模、客户与订单、预期产值的可信程度。', 'Size of the target market, customers and orders, and how credible the expected output is.'),
 ('patent-transformation-grant', 3, 'ipQuality', '知识产权质量', 'IP quality', 25, 100,
  '专利的稳定性、保护范围与转化方式（受让、许可）的规范性。', 'Validity and scope of the patents, and whether the transfer or licence is properly recorded.'),
 ('patent-transformation-grant', 4, 'team', '团队能力', 'Team', 15, 100,
  '项目团队的技术与管理能力，以往转化业绩。', 'The team''s technical and management ability and its earlier transfers.'),
 ('patent-transformation-grant', 5, 'budgetReasonableness', '预算合理性', 'Budget reasonableness', 15, 100,
  '转让费、总投入与申请金额是否匹配、有据可查。', 'Whether the transfer fee, total investment and amount requested match and are documented.'),
 ('pilot-enterprise-certification', 1, 'scoreContext', '4 组织环境', '4 Context of the organisation', 10, 100,
  '是否识别内外部因素与相关方需求，明确知识产权管理体系的范围。', 'Internal and external issues and interested parties identified; scope of the IP management system set.'),
 ('pilot-enterprise-certification', 2, 'scoreLeadership', '5 领导作用', '5 Leadership', 15, 100,
  '最高管理者的承诺、知识产权方针与目标、职责权限。', 'Top management''s commitment, the IP policy and objectives, roles and authorities.'),
 ('pilot-enterprise-certification', 3, 'scorePlanning', '6 策划', '6 Planning', 15, 100,
  '知识产权风险与机会的应对措施及目标的实现计划。', 'Actions on IP risks and opportunities, and plans to reach the objectives.'),
 ('pilot-enterprise-certification', 4, 'scoreSupport', '7 支持', '7 Support', 15, 100,
  '资源、人员能力与培训、信息资源与文件化信息。', 'Resources, competence and training, information resources and documented information.'),
 ('pilot-enterprise-certification', 5, 'scoreOperation', '8 运行', '8 Operation', 25, 100,
  '立项、研发、采购、生产、销售各环节的知识产权管理与合同管理。', 'IP management in projects, R&D, purchasing, production and sales, and in contracts.'),
 ('pilot-enterprise-certification', 6, 'scoreEvaluation', '9 绩效评价', '9 Performance evaluation', 10, 100,
  '监视测量、内部审核与管理评审的记录。', 'Records of monitoring and measurement, internal audit and management review.'),
 ('pilot-enterprise-certification', 7, 'scoreImprovement', '10 改进', '10 Improvement', 10, 100,
  '不符合的纠正措施与持续改进。', 'Corrective action on nonconformities and continual improvement.');

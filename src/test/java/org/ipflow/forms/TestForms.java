package org.ipflow.forms;

import org.ipflow.shared.ShownAmounts;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.DefaultResourceLoader;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** A form with every supported component type, written as a browser editor would save it. */
final class TestForms {

    /** The defaults of config/application.yml. */
    static final FormLimits LIMITS = new FormLimits(500, 10000, 200);

    static final FormTemplates TEMPLATES = new FormTemplates(new FeelExpressions());

    static final String ALL_TYPES = """
            {
              "id": "all-types", "type": "default", "schemaVersion": 16,
              "components": [
                {"id": "Text_intro", "type": "text", "text": "请填写", "properties": {"textEn": "Please fill in"}},
                {"id": "Field_name", "type": "textfield", "key": "name", "label": "名称",
                 "description": "全称", "validate": {"required": true, "minLength": 2, "maxLength": 10},
                 "properties": {"labelEn": "Name", "descriptionEn": "Full name"}},
                {"id": "Field_code", "type": "textfield", "key": "code", "label": "代码", "validate": {"pattern": "[A-Z]{3}"}},
                {"id": "Field_notes", "type": "textarea", "key": "notes", "label": "备注", "validate": {"maxLength": 5}},
                {"id": "Field_amount", "type": "number", "key": "amount", "label": "金额", "decimalDigits": 2,
                 "validate": {"min": 0, "max": 1000}, "properties": {"money": "true"}},
                {"id": "Field_count", "type": "number", "key": "count", "label": "数量", "decimalDigits": 0, "defaultValue": 3},
                {"id": "Field_kind", "type": "select", "key": "kind", "label": "类型",
                 "values": [{"label": "甲", "value": "a"}, {"label": "乙", "value": "b"}],
                 "properties": {"labelEn.a": "Alpha"}},
                {"id": "Field_decision", "type": "radio", "key": "decision", "label": "结论",
                 "values": [{"label": "通过", "value": "approve"}, {"label": "退回", "value": "return"}]},
                {"id": "Field_reason", "type": "textarea", "key": "reason", "label": "理由",
                 "properties": {"requiredUnless": "decision=approve"}},
                {"id": "Field_days", "type": "number", "key": "days", "label": "天数",
                 "properties": {"requiredIf": "decision=return"}},
                {"id": "Field_agree", "type": "checkbox", "key": "agree", "label": "同意"},
                {"id": "Field_tags", "type": "checklist", "key": "tags", "label": "标签",
                 "values": [{"label": "一", "value": "one"}, {"label": "二", "value": "two"}],
                 "properties": {"labelEn": "Tags", "labelEn.one": "One", "labelEn.two": "Two"}},
                {"id": "Field_on", "type": "datetime", "subtype": "date", "key": "on", "dateLabel": "日期"},
                {"id": "Field_fixed", "type": "textfield", "key": "fixed", "label": "固定", "readonly": true},
                {"id": "Separator_1", "type": "separator"},
                {"id": "Spacer_1", "type": "spacer"},
                {"id": "Group_contact", "type": "group", "label": "联系人", "properties": {"labelEn": "Contact"}, "components": [
                  {"id": "Field_phone", "type": "textfield", "key": "phone", "label": "电话"}
                ]},
                {"id": "Field_items", "type": "dynamiclist", "path": "items", "label": "明细", "isRepeating": true,
                 "validate": {"required": true}, "components": [
                  {"id": "Field_item", "type": "textfield", "key": "item", "label": "项目", "validate": {"required": true},
                   "properties": {"labelEn": "Item"}},
                  {"id": "Field_qty", "type": "number", "key": "qty", "label": "件数", "validate": {"min": 1}}
                ]},
                {"id": "Field_labels", "type": "taglist", "key": "labels", "label": "标签",
                 "values": [{"label": "红", "value": "red"}, {"label": "绿", "value": "green"}]},
                {"id": "Field_at", "type": "datetime", "subtype": "time", "key": "at", "timeLabel": "时间", "use24h": true},
                {"id": "Field_when", "type": "datetime", "subtype": "datetime", "key": "when", "dateLabel": "日期",
                 "timeLabel": "时间", "disallowPassedDates": true},
                {"id": "Field_share", "type": "number", "key": "share", "label": "份额", "increment": "0.25",
                 "serializeToString": true, "appearance": {"prefixAdorner": "≈", "suffixAdorner": "%"}},
                {"id": "Field_mail", "type": "textfield", "key": "mail", "label": "邮箱", "validate": {"validationType": "email"}},
                {"id": "Field_tel", "type": "textfield", "key": "tel", "label": "电话", "validate": {"validationType": "phone"}},
                {"id": "Field_file", "type": "filepicker", "key": "file", "label": "附件", "multiple": true},
                {"id": "Field_html", "type": "html", "content": "<p onclick='x()'>你好<script>alert(1)</script><b>!</b></p>"},
                {"id": "Field_logo", "type": "image", "source": "/img/logo.png", "alt": "标志"},
                {"id": "Field_map", "type": "iframe", "url": "https://frames.example.org/map", "label": "地图", "height": 200},
                {"id": "Field_other", "type": "iframe", "url": "https://elsewhere.example.com/", "label": "别处"},
                {"id": "Field_table", "type": "table", "label": "表格", "dataSource": "=items",
                 "columns": [{"label": "项目", "key": "item"}, {"label": "件数", "key": "qty"}]},
                {"id": "Field_docs", "type": "documentPreview", "label": "文档"},
                {"id": "Field_submit", "type": "button", "action": "submit", "label": "提交"},
                {"id": "Field_total", "type": "expression", "key": "total", "expression": "=count * 2", "computeOn": "change"}
              ]
            }
            """;

    private static final SpringTemplateEngine ENGINE = engine();

    private TestForms() {
    }

    static FormSchema allTypes() {
        return catalog().parse(ALL_TYPES);
    }

    /** A renderer with the real message bundles, which hold how amounts are written. */
    static FormRenderer renderer() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new FormRenderer(new ShownAmounts(messages), new FormLooks(new FormsSettings(java.util.List.of("frames.example.org")),
                TEMPLATES, new FeelExpressions()), TEMPLATES, new FormStates(new FeelExpressions(), LIMITS));
    }

    static FormSchemaValidator validator() {
        return new FormSchemaValidator(LIMITS, java.time.Clock.fixed(java.time.Instant.parse("2026-06-01T04:00:00Z"),
                java.time.ZoneId.of("Asia/Shanghai")));
    }

    /** One fragment of {@code templates/fragments/form.html} rendered with the real messages, without a Spring context. */
    static String page(String fragment, RenderedForm form, java.util.Locale locale) {
        return ENGINE.process("fragments/form", java.util.Set.of(fragment), new Context(locale, java.util.Map.of("form", form)));
    }

    private static SpringTemplateEngine engine() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setCharacterEncoding("UTF-8");
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(messages);
        return engine;
    }

    static FormCatalog catalog() {
        return new FormCatalog(new DefaultResourceLoader());
    }
}

package org.ipflow.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Renders {@code templates/fragments/form.html} with the real messages, without a Spring context. */
class FormFragmentsTest {

    private final FormRenderer renderer = TestForms.renderer();
    private final FormSchema schema = TestForms.allTypes();

    @Test
    void everyInputHasALabelAndDescribedErrors() {
        RenderedForm form = renderer.render(schema, Map.of("name", "甲"), Map.of("name", "太短"), Locale.SIMPLIFIED_CHINESE);

        String html = render("fields", form, Locale.SIMPLIFIED_CHINESE);

        List<String> ids = all(html, "<(?:input|select|textarea)[^>]*?\\sid=\"([^\"]+)\"");
        assertThat(ids).contains("field-name", "field-amount", "field-kind", "field-decision-0", "field-agree",
                "field-tags-1", "field-on", "field-phone", "field-items-0--item", "field-items-0--qty");
        assertThat(ids).allSatisfy(id -> assertThat(html).containsPattern("<label[^>]*\\sfor=\"" + id + "\""));
        assertThat(html).containsPattern("<input[^>]*id=\"field-name\"[^>]*class=\"form-control is-invalid\"|"
                + "<input[^>]*class=\"form-control is-invalid\"[^>]*id=\"field-name\"");
        assertThat(html).contains("aria-describedby=\"field-name-description field-name-error\"");
        assertThat(html).containsPattern("<div class=\"invalid-feedback d-block\" id=\"field-name-error\">太短</div>");
        assertThat(html).contains("<label class=\"form-label form-required\" for=\"field-name\" data-label-of=\"name\">名称</label>");
        assertThat(html).contains("readonly=\"readonly\"").contains("name=\"_addRow\" value=\"items\"")
                .contains("name=\"_removeRow\" value=\"items[0]\"");
        assertThat(html).doesNotContain("<script").doesNotContain(" required");
        assertThat(all(html, "aria-describedby=\"([^\"]*)\"")).allSatisfy(ref ->
                assertThat(html).contains("id=\"" + ref.split(" ")[0] + "\""));
    }

    @Test
    void escapesWhatUsersTyped() {
        String attack = "<script>alert(1)</script>\" onfocus=\"x";
        RenderedForm form = renderer.render(schema, Map.of("name", attack, "notes", attack,
                "items", List.of(Map.of("item", attack))), Map.of("code", attack), Locale.ENGLISH);

        String fields = render("fields", form, Locale.ENGLISH);
        String view = render("view", form, Locale.ENGLISH);

        assertThat(fields + view).doesNotContain("<script>").doesNotContain("\" onfocus=\"");
        assertThat(fields).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(view).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void theViewIsADefinitionListWithListsAsTables() {
        RenderedForm form = renderer.render(schema, Map.of("name", "甲公司", "kind", "a", "agree", true,
                "items", List.of(Map.of("item", "电机", "qty", 3))), Map.of(), Locale.ENGLISH);

        String html = render("view", form, Locale.ENGLISH);

        assertThat(html).containsPattern("<dt[^>]*>Name</dt>\\s*<dd[^>]*>甲公司</dd>");
        assertThat(html).containsPattern("<dd[^>]*>Alpha</dd>").containsPattern("<dd[^>]*>Yes</dd>");
        assertThat(html).containsPattern("<th scope=\"col\">Item</th>\\s*<th scope=\"col\">件数</th>");
        assertThat(html).containsPattern("<td>电机</td>\\s*<td>3</td>");
        assertThat(all(html, "<tr>")).hasSize(2);
        assertThat(html).doesNotContain("<input");
    }

    private static String render(String fragment, RenderedForm form, Locale locale) {
        return TestForms.page(fragment, form, locale);
    }

    private static List<String> all(String html, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(html);
        List<String> found = new java.util.ArrayList<>();
        while (matcher.find()) {
            found.add(matcher.groupCount() > 0 ? matcher.group(1) : matcher.group());
        }
        return found;
    }
}

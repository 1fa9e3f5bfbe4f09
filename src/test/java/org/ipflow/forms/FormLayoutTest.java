package org.ipflow.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Rows, widths and the display properties of containers, lists, tables and frames, judged against
 * form-js-viewer 1.23.0: {@code core/FormLayouter.js} (rows), {@code render/components/Util.js}
 * {@code gridColumnClasses} and {@code dist/assets/form-js.css} (16 columns from 66rem, stacked below),
 * {@code ChildrenRenderer.js} {@code RowsRenderer} (verticalAlignment), {@code RepeatRenderManager.js}
 * (nonCollapsedItems), {@code Table.js} (rowCount) and {@code IFrame.js} (security).
 */
class FormLayoutTest {

    private final FormRenderer renderer = TestForms.renderer();

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void componentsOfOneLayoutRowShareItAndOthersGetARowOfTheirOwnInFormLayoutersOrder() {
        RenderedForm form = render("""
                {"components": [
                  {"type": "textfield", "key": "a", "layout": {"row": "Row_top", "columns": 4}},
                  {"type": "textfield", "key": "b"},
                  {"type": "textfield", "key": "c", "layout": {"row": "Row_top"}},
                  {"type": "textfield", "key": "d", "layout": {"row": "7", "columns": 16}},
                  {"type": "textfield", "key": "e", "layout": {"row": "Row_top", "columns": 17}}]}""", Map.of());

        // groupBy keeps Row_top's first place and gathers c and e into it; an index-like id comes first, as object keys do
        assertThat(form.rows()).extracting(row -> row.stream().map(RenderedForm.Field::name).toList())
                .containsExactly(List.of("d"), List.of("a", "c", "e"), List.of("b"));
        assertThat(form.rows().get(1)).extracting(RenderedForm.Field::column)
                .containsExactly("form-col-4", "form-col", "form-col");

        String html = TestForms.page("fields", form, Locale.ENGLISH);
        assertThat(all(html, "<div class=\"row form-grid-row\">")).hasSize(3);
        assertThat(html).containsPattern("<div class=\"form-col-4\" data-path=\"a\">[\\s\\S]*name=\"a\"[\\s\\S]*"
                + "<div class=\"form-col\" data-path=\"c\">[\\s\\S]*<div class=\"form-col\" data-path=\"e\">");
    }

    @Test
    void groupsAndListRowsLayTheirComponentsOutInRowsAlignedAsWritten() {
        RenderedForm form = render("""
                {"components": [
                  {"type": "group", "label": "G", "verticalAlignment": "end", "showOutline": true, "components": [
                    {"type": "textfield", "key": "city", "layout": {"row": "r1", "columns": 10}},
                    {"type": "textfield", "key": "zip", "layout": {"row": "r1", "columns": 6}}]},
                  {"type": "dynamiclist", "path": "items", "label": "L", "components": [
                    {"type": "textfield", "key": "x", "layout": {"row": "q", "columns": 8}},
                    {"type": "number", "key": "y", "layout": {"row": "q"}}]}]}""", Map.of());

        String html = TestForms.page("fields", form, Locale.ENGLISH);

        assertThat(html).containsPattern("<fieldset class=\"mb-3 border rounded p-3\"[^>]*>\\s*<legend[^>]*>G</legend>\\s*"
                + "<div class=\"row form-grid-row form-align-end\">\\s*<div class=\"form-col-10\" data-path=\"city\">[\\s\\S]*"
                + "<div class=\"form-col-6\" data-path=\"zip\">");
        assertThat(html).containsPattern("<div class=\"row form-grid-row\">\\s*<div class=\"form-col-8\" data-path=\"items\\[0\\]\\.x\">"
                + "[\\s\\S]*<div class=\"form-col\" data-path=\"items\\[0\\]\\.y\">");
    }

    @Test
    void aListWithMoreRowsThanNonCollapsedItemsCollapsesTheRestBehindABoxThatNeedsNoScript() {
        String list = """
                {"components": [{"type": "dynamiclist", "path": "items", "label": "L", "nonCollapsedItems": 2,
                  "components": [{"type": "textfield", "key": "x", "label": "X", "validate": {"minLength": 3}}]}]}""";
        Map<String, Object> data = Map.of("items", List.of(Map.of("x", "one"), Map.of("x", "two"), Map.of("x", "three")));

        String html = TestForms.page("fields", render(list, data), Locale.ENGLISH);

        assertThat(html).containsPattern("<input type=\"checkbox\" class=\"visually-hidden\" id=\"field-items-all\" data-expand-rows"
                + "\\s+autocomplete=\"off\">");
        assertThat(html).doesNotContainPattern("data-expand-rows[^>]*checked");
        assertThat(all(html, "class=\"border rounded p-3 mb-2 form-row-collapsible\"")).hasSize(1);
        assertThat(html).contains("<span class=\"form-when-collapsed\">Show all 3 rows</span>");

        // an error in a collapsed row shows the rows at once, so that the message beside the field is seen
        FormSchema schema = TestForms.catalog().parse(list);
        String failed = TestForms.page("fields", renderer.render(schema, data, Map.of("items[2].x", "too short"),
                Locale.ENGLISH), Locale.ENGLISH);
        assertThat(failed).containsPattern("data-expand-rows[^>]*checked=\"checked\"").contains("too short");

        // form-js collapses only beyond 5 rows when nonCollapsedItems is not written
        String five = TestForms.page("fields", render(list.replace("\"nonCollapsedItems\": 2,", ""), data), Locale.ENGLISH);
        assertThat(five).doesNotContain("data-expand-rows").doesNotContain("form-row-collapsible");
    }

    @Test
    void aTableWithRowCountIsPagedByScriptAndShowsEveryRowWithout() {
        String table = """
                {"components": [{"type": "table", "label": "T", "dataSource": "=rows", "rowCount": 2,
                  "columns": [{"label": "N", "key": "n"}]}]}""";
        Map<String, Object> data = Map.of("rows", List.of(Map.of("n", 1), Map.of("n", 2), Map.of("n", 3)));

        String html = TestForms.page("fields", render(table, data), Locale.ENGLISH);

        assertThat(html).contains("data-page-size=\"2\"").contains(">1</td>").contains(">3</td>");
        assertThat(html).containsPattern("<nav [^>]*hidden[^>]*data-table-pages data-of=\"\\{0\\} of \\{1\\}\">")
                .contains("aria-label=\"Next page\"");
        // as many rows as rowCount: one page, no navigation (Table.js: chunkedData.length > 1)
        String onePage = TestForms.page("fields", render(table.replace("\"rowCount\": 2", "\"rowCount\": 3"), data), Locale.ENGLISH);
        assertThat(onePage).doesNotContain("data-table-pages");
    }

    @Test
    void aFrameKeepsAllowSameOriginBesideScriptsOnlyForAnotherSite() {
        String frame = """
                {"components": [{"type": "iframe", "url": "https://frames.example.org/m", "label": "M",
                  "security": {"allowScripts": true, "allowSameOrigin": true, "allowTopNavigation": true}}]}""";

        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request("ipflow.example.gov.cn")));
        assertThat(TestForms.page("fields", render(frame, Map.of()), Locale.ENGLISH))
                .contains("sandbox=\"allow-scripts allow-same-origin allow-top-navigation\"").doesNotContain(" allow=\"");

        // a page of the office's own site could lift its own sandbox with both
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request("portal.example.org")));
        assertThat(TestForms.page("fields", render(frame, Map.of()), Locale.ENGLISH))
                .contains("sandbox=\"allow-scripts allow-top-navigation\"");
        RequestContextHolder.resetRequestAttributes();
        assertThat(TestForms.page("fields", render(frame, Map.of()), Locale.ENGLISH)).doesNotContain("allow-same-origin");
        assertThat(TestForms.page("fields", render(frame.replace("\"allowScripts\": true,", ""), Map.of()), Locale.ENGLISH))
                .contains("sandbox=\"allow-same-origin allow-top-navigation\"");
    }

    private RenderedForm render(String json, Map<String, ?> data) {
        return renderer.render(TestForms.catalog().parse(json), data, Map.of(), Locale.ENGLISH);
    }

    private static MockHttpServletRequest request(String host) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setServerName(host);
        return request;
    }

    private static List<String> all(String html, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(html);
        List<String> found = new ArrayList<>();
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }
}

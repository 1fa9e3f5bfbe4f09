package org.ipflow.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.IdentityService;
import org.ipflow.IpflowTest;
import org.ipflow.application.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.LinkedMultiValueMap;

/**
 * {@code POST /api/admin/experts/import} and the pool page's import: a good file adds every expert (a generated
 * password shown once where the file gives none), a bad line imports nothing and is named by line and column,
 * a file over 256 KB is refused unread, one that cannot be parsed answers 400, and only administrators import.
 */
@IpflowTest
class ExpertImportIT {

    private static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {
    };
    private static final String HEADER = "username,password,name,fields,affiliation,affiliationCreditCode,region,"
            + "activeFrom,activeUntil\n";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    IdentityService identity;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    @Test
    void aGoodFileAddsEveryExpertAndGeneratesTheMissingPasswordOnce() {
        String first = name("csv-a");
        String second = name("csv-b");
        String file = HEADER + first + ",Steppe-Horse-Amber-93,王教授,trademark;新材料,内蒙古大学,91150100MA0QCKJ01L,150100,"
                + "2026-01-01,2027-12-31\n" + "\"" + second + "\",,李研究员,trademark;专利运营,\"包头稀土研究院, 知识产权室\",,,,\n";

        var answer = csv("admin", file);

        assertThat(answer.getStatusCode().value()).as("%s", answer.getBody()).isEqualTo(201);
        assertThat(answer.getBody()).containsEntry("imported", 2);
        @SuppressWarnings("unchecked")
        var experts = (List<Map<String, Object>>) answer.getBody().get("experts");
        assertThat(experts.get(0)).containsEntry("username", first);
        assertThat(experts.get(0).get("generatedPassword")).as("the file gave one").isNull();
        assertThat(experts.get(1).get("generatedPassword").toString()).as("generated, shown here once").hasSize(16);
        assertThat(identity.checkPassword(second, experts.get(1).get("generatedPassword").toString())).isTrue();
        var pool = new ApiClient(rest).list("admin", "/api/admin/experts").getBody();
        assertThat(pool).filteredOn(e -> e.get("username").equals(first)).singleElement()
                .satisfies(e -> assertThat(e).containsEntry("fields", List.of("trademark", "新材料"))
                        .containsEntry("region", "150100").containsEntry("activeUntil", "2027-12-31"));
        assertThat(pool).filteredOn(e -> e.get("username").equals(second)).singleElement()
                .satisfies(e -> assertThat(e).containsEntry("affiliation", "包头稀土研究院, 知识产权室"));
        assertThat(jdbc.sql("select count(*) from admin_audit where action = 'EXPERT_ADD' and actor = 'admin' "
                + "and subject in (?, ?)").params("user:" + first, "user:" + second).query(Long.class).single())
                .isEqualTo(2);
    }

    @Test
    void aBadLineImportsNothingAndIsNamedByLineAndColumn() {
        String good = name("csv-good");
        String file = HEADER + good + ",,赵工,trademark,内蒙古大学,,,,\n"
                + name("csv-bad") + ",,钱工,trademark,内蒙古大学,,990000,2026-13-01,\n" + good + ",,孙工,trademark,某单位,,,,\n";

        var answer = upload("admin", file.getBytes(StandardCharsets.UTF_8));

        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(ApiClient.errors(answer)).containsOnlyKeys("3:region", "3:activeFrom", "4:username");
        assertThat(identity.createUserQuery().userId(good).count()).as("all or nothing").isZero();
    }

    @Test
    void aFileOverItsBoundOrUnreadableIsRefusedAndOnlyAdministratorsImport() {
        byte[] large = (HEADER + "x".repeat(256 * 1024)).getBytes(StandardCharsets.UTF_8);
        var tooLarge = upload("admin", large);
        assertThat(tooLarge.getStatusCode().value()).isEqualTo(413);
        assertThat(ApiClient.errors(tooLarge)).containsKey("file");
        var unmatchedQuote = csv("admin", HEADER + "\"unclosed,,郑工,trademark,内蒙古大学,,,,\n");
        assertThat(unmatchedQuote.getStatusCode().value()).isEqualTo(400);
        assertThat(ApiClient.errors(unmatchedQuote)).containsKey("1");

        String file = HEADER + name("csv-no") + ",,周工,trademark,内蒙古大学,,,,\n";
        assertThat(csv("reviewer1", file).getStatusCode().value()).isEqualTo(403);
        assertThat(csv("expert1", file).getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void theRefusedUploadShowsThePageAgainWithItsProblemsAndTheFormsUsable() throws Exception {
        var admin = user("admin").authorities(new SimpleGrantedAuthority(Roles.ADMIN));
        String page = mvc.perform(multipart("/admin/experts/import").file(new MockMultipartFile("file", "pool.csv",
                                "text/csv", "username,name,email\nwu,吴工,wu@example.cn\n".getBytes(StandardCharsets.UTF_8)))
                        .with(csrf()).with(admin))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"import-errors\"", "1:email", "没有这一列。", "1:fields", "缺少这一必填列。",
                "name=\"file\"", "action=\"/admin/experts\"");

        String imported = name("csv-page");
        mvc.perform(multipart("/admin/experts/import").file(new MockMultipartFile("file", "pool.csv", "text/csv",
                        (HEADER + imported + ",,吴工,trademark,内蒙古大学,,,,\n").getBytes(StandardCharsets.UTF_8)))
                        .with(csrf()).with(admin))
                .andExpect(redirectedUrl("/admin/experts")).andExpect(flash().attributeExists("imported"));
        assertThat(identity.createUserQuery().userId(imported).count()).isOne();
    }

    private ResponseEntity<Map<String, Object>> csv(String user, String file) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(new MediaType("text", "csv", StandardCharsets.UTF_8));
        return rest.withBasicAuth(user, "demo").exchange("/api/admin/experts/import", HttpMethod.POST,
                new HttpEntity<>(file.getBytes(StandardCharsets.UTF_8), headers), MAP);
    }

    private ResponseEntity<Map<String, Object>> upload(String user, byte[] file) {
        var parts = new LinkedMultiValueMap<String, Object>();
        parts.add("file", new ByteArrayResource(file) {
            @Override
            public String getFilename() {
                return "pool.csv";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return rest.withBasicAuth(user, "demo").exchange("/api/admin/experts/import", HttpMethod.POST,
                new HttpEntity<>(parts, headers), MAP);
    }

    private static String name(String prefix) {
        return prefix + "-" + ThreadLocalRandom.current().nextInt(1_000_000);
    }
}

package org.ipflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.camunda.bpm.engine.IdentityService;
import org.ipflow.IpflowTest;
import org.ipflow.certificate.Certificates;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Every state-changing page request (each POST, PUT and DELETE the handler mappings serve outside /api,
 * plus login and logout) is refused with 403 without a CSRF token and with another session's token, and
 * the database is exactly as before. Every GET, called by every kind of caller, leaves the database as
 * it was.
 */
@IpflowTest
// Shares AuthorisationMatrixIT's context: the requests as every caller leave objects and logins behind.
@TestPropertySource(properties = "ipflow.test.context=" + AuthorisationMatrixIT.PROBES)
class CsrfAndSafeMethodsIT {

    /**
     * Tables a request may write without changing anything of IPFlow's or the engine's: the sessions
     * themselves, and the security audit (a refused GET of another's object is recorded there by design).
     */
    static final Set<String> NOT_STATE = Set.of("SPRING_SESSION", "SPRING_SESSION_ATTRIBUTES", "SECURITY_AUDIT");

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    Certificates certificates;
    @Autowired
    IdentityService identity;

    EnterpriseAObjects a;
    Map<String, Caller> callers;

    @BeforeEach
    void objectsAndCallers() {
        // A successful login clears a failed attempt an earlier test left on the user (a write to ACT_ID_USER),
        // and with remembered logins it is a matter of timing which request does it: clear them first.
        AuthorisationMatrixIT.CALLERS.stream().filter(name -> !name.equals("anonymous"))
                .forEach(name -> assertThat(identity.checkPassword(name, "demo")).as(name).isTrue());
        a = EnterpriseAObjects.create(rest, jdbc, certificates);
        callers = new LinkedHashMap<>();
        for (String name : AuthorisationMatrixIT.CALLERS) {
            callers.put(name, name.equals("anonymous") ? Caller.anonymous(rest) : Caller.loggedIn(rest, name));
        }
    }

    @Test
    void stateChangingPageRequestsWithoutTheSessionsTokenAreRefusedAndChangeNothing() throws Exception {
        List<Endpoint> changing = Endpoint.mvc(context).stream().filter(e -> e.changesState() && !e.basic()).toList();
        assertThat(changing).as("state-changing page endpoints").hasSizeGreaterThan(10);
        Map<String, String> paths = new LinkedHashMap<>();
        changing.forEach(e -> paths.put(e.name(), e.path(a, rest)));
        // The same user in another browser: a valid token, but of another session. Taken before the
        // fingerprint, since a login may rightly write (the engine clears a past failed attempt).
        Map<String, String> otherTokens = new LinkedHashMap<>();
        for (Endpoint endpoint : changing) {
            String callerName = allowedCaller(endpoint);
            otherTokens.computeIfAbsent(callerName, name -> callers.get(name).isAnonymous()
                    ? Caller.anonymous(rest).csrf : Caller.loggedIn(rest, name).csrf);
        }
        String stolen = Caller.anonymous(rest).csrf;
        Map<String, String> before = fingerprint();

        List<String> accepted = new ArrayList<>();
        int refusals = 0;
        for (Endpoint endpoint : changing) {
            String callerName = allowedCaller(endpoint);
            Caller caller = callers.get(callerName);
            for (String token : Arrays.asList(null, otherTokens.get(callerName))) {
                ResponseEntity<byte[]> answer = endpoint.call(caller, paths.get(endpoint.name()), token);
                refusals++;
                if (answer.getStatusCode().value() != 403) {
                    accepted.add(endpoint.name() + " as " + callerName + (token == null ? " without token" : " with another"
                            + " session's token") + ": " + answer.getStatusCode().value());
                }
            }
        }
        Caller anonymous = callers.get("anonymous");
        Caller enterprise = callers.get("enterprise1");
        for (String token : Arrays.asList(null, stolen)) {
            anonymous.csrf = token;
            assertThat(anonymous.loginAs("enterprise1", "demo").getStatusCode().value()).as("login, token %s", token)
                    .isEqualTo(403);
            assertThat(enterprise.page(HttpMethod.POST, "/logout", Caller.form(), MediaType.APPLICATION_FORM_URLENCODED,
                    token).getStatusCode().value()).as("logout, token %s", token).isEqualTo(403);
            refusals += 2;
        }

        assertThat(accepted).as("state-changing requests accepted without the session's token").isEmpty();
        assertThat(fingerprint()).as("the database after %d refused requests", refusals).isEqualTo(before);
        assertThat(enterprise.page(HttpMethod.GET, "/applications", null, null, null).getStatusCode().value())
                .as("the session survives a refused logout").isEqualTo(200);
        assertThat(enterprise.page(HttpMethod.POST, "/notifications/read", Caller.form(),
                MediaType.APPLICATION_FORM_URLENCODED, enterprise.csrf).getStatusCode().value())
                .as("with the session's own token the same kind of request passes").isEqualTo(302);
        System.out.printf("CSRF: %d state-changing page endpoints, %d requests refused%n", changing.size() + 2, refusals);
    }

    /**
     * Finding 8: the session's own, valid token was accepted in the query string, where logs, history and
     * Referer headers leak it. Now only a header or a form body counts; a token in the query string is
     * refused, even beside one in the body (encoded names: CsrfTokenFromBodyOrHeaderTest).
     */
    @Test
    void theSessionsOwnTokenInTheQueryStringIsRefusedAndChangesNothing() throws Exception {
        Caller admin = callers.get("admin");
        Caller enterprise = callers.get("enterprise1");
        var newUser = Caller.form();
        newUser.add("username", "csrf-query-user");
        newUser.add("firstName", "查询");
        newUser.add("lastName", "串");
        newUser.add("email", "csrf@example.org");
        newUser.add("roles", Roles.FINANCE);
        newUser.add("password", "Quarry-Lantern-Drift-73");
        newUser.add("passwordRepeated", "Quarry-Lantern-Drift-73");
        var withTokenToo = Caller.form();
        withTokenToo.add("_csrf", enterprise.csrf);
        Map<String, String> before = fingerprint();

        List<Integer> answers = List.of(
                admin.page(HttpMethod.POST, "/admin/users?_csrf=" + admin.csrf, newUser,
                        MediaType.APPLICATION_FORM_URLENCODED, null).getStatusCode().value(),
                enterprise.page(HttpMethod.POST, "/notifications/read?_csrf=" + enterprise.csrf, Caller.form(),
                        MediaType.APPLICATION_FORM_URLENCODED, null).getStatusCode().value(),
                enterprise.page(HttpMethod.POST, "/notifications/read?_csrf=" + enterprise.csrf, withTokenToo,
                        MediaType.APPLICATION_FORM_URLENCODED, null).getStatusCode().value(),
                enterprise.page(HttpMethod.POST, "/logout?_csrf=" + enterprise.csrf, Caller.form(),
                        MediaType.APPLICATION_FORM_URLENCODED, null).getStatusCode().value());

        assertThat(answers).containsOnly(403);
        assertThat(fingerprint()).as("the database after the refused requests").isEqualTo(before);
        assertThat(identity.createUserQuery().userId("csrf-query-user").count()).isZero();
        assertThat(enterprise.page(HttpMethod.GET, "/applications", null, null, null).getStatusCode().value())
                .as("the session survives the refused logout").isEqualTo(200);
        var inTheBody = Caller.form();
        inTheBody.add("_csrf", enterprise.csrf);
        assertThat(enterprise.page(HttpMethod.POST, "/notifications/read", inTheBody,
                MediaType.APPLICATION_FORM_URLENCODED, null).getStatusCode().value())
                .as("the same token in the form body passes").isEqualTo(302);
        assertThat(enterprise.page(HttpMethod.POST, "/notifications/read", Caller.form(),
                MediaType.APPLICATION_FORM_URLENCODED, enterprise.csrf).getStatusCode().value())
                .as("and in the header").isEqualTo(302);
    }

    @Test
    void noGetChangesTheDatabase() throws Exception {
        List<Endpoint> gets = new ArrayList<>(Endpoint.mvc(context).stream().filter(e -> !e.changesState()).toList());
        AuthorisationMatrixIT.OUTSIDE_MVC.stream().filter(e -> e.startsWith("GET ")).map(Endpoint::of).forEach(gets::add);
        Map<String, String> paths = new LinkedHashMap<>();
        gets.forEach(e -> paths.put(e.name(), e.path(a, rest)));
        Map<String, String> before = fingerprint();

        int calls = 0;
        for (Endpoint endpoint : gets) {
            for (Caller caller : callers.values()) {
                int status = endpoint.call(caller, paths.get(endpoint.name()), null).getStatusCode().value();
                assertThat(status).as("%s as %s", endpoint.name(), caller.username).isLessThan(500);
                calls++;
            }
        }

        Map<String, String> after = fingerprint();
        List<String> changed = before.keySet().stream().filter(t -> !before.get(t).equals(after.get(t))).toList();
        assertThat(changed).as("tables changed by %d GETs", calls).isEmpty();
        assertThat(after.keySet()).isEqualTo(before.keySet());
        System.out.printf("Safe methods: %d GET endpoints x %d callers = %d calls, %d tables unchanged%n", gets.size(),
                callers.size(), calls, before.size());
    }

    /** The caller the authorisation table lets through, so that only the missing token stops the request. */
    private static String allowedCaller(Endpoint endpoint) {
        String outcomes = AuthorisationMatrixIT.EXPECTED.get(endpoint.name());
        assertThat(outcomes).as("%s in AuthorisationMatrixIT.EXPECTED", endpoint.name()).isNotNull();
        int column = Arrays.asList(outcomes.split(" ")).indexOf("A");
        return AuthorisationMatrixIT.CALLERS.get(column < 0 ? AuthorisationMatrixIT.CALLERS.indexOf("admin") : column);
    }

    /** Every table's content as a digest, by table name. */
    private Map<String, String> fingerprint() throws Exception {
        Map<String, String> tables = new TreeMap<>();
        try (Connection connection = dataSource.getConnection()) {
            List<String> names = new ArrayList<>();
            try (ResultSet rs = connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    String schema = rs.getString("TABLE_SCHEM");
                    if (schema == null || schema.equalsIgnoreCase("public")) {
                        names.add(rs.getString("TABLE_NAME"));
                    }
                }
            }
            for (String name : names) {
                if (NOT_STATE.contains(name.toUpperCase(Locale.ROOT))) {
                    continue;
                }
                var digest = java.security.MessageDigest.getInstance("SHA-256");
                try (var statement = connection.createStatement();
                        ResultSet rows = statement.executeQuery("select * from \"" + name + "\"")) {
                    int columns = rows.getMetaData().getColumnCount();
                    List<String> lines = new ArrayList<>();
                    while (rows.next()) {
                        StringBuilder line = new StringBuilder();
                        for (int i = 1; i <= columns; i++) {
                            Object value = rows.getObject(i);
                            line.append(value instanceof byte[] bytes ? Arrays.toString(bytes)
                                    : value instanceof java.sql.Blob blob ? Arrays.toString(blob.getBytes(1, (int) blob.length()))
                                    : String.valueOf(value)).append('|');
                        }
                        lines.add(line.toString());
                    }
                    lines.sort(null);
                    lines.forEach(l -> digest.update(l.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
                    tables.put(name, lines.size() + ":" + java.util.HexFormat.of().formatHex(digest.digest()));
                }
            }
        }
        return tables;
    }
}

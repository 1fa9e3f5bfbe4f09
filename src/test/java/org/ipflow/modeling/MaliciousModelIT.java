package org.ipflow.modeling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.ipflow.IpflowTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Models written to attack the nodes they are deployed on, each sent every way a model can arrive: the
 * deployment validator, the engine's own deployment API, /engine-rest (as Camunda Modeler does) and the
 * studio's deploy. Every one is refused, the number of deployments stays the same, the file a payload
 * would create does not appear, a local file an entity points to is not read, and a local listening
 * socket that external entities, schemas and imports point to records no connection.
 */
@IpflowTest
class MaliciousModelIT {

    private static ServerSocket listener;
    private static final AtomicInteger CONNECTIONS = new AtomicInteger();
    private static Path workspace;
    private static Path secret;
    private static Path marker;

    @Autowired
    ModelValidator validator;

    @Autowired
    RepositoryService repository;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    private long deploymentsBefore;

    @BeforeAll
    static void listenAndPrepareFiles() throws IOException {
        listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(() -> {
            while (!listener.isClosed()) {
                try (Socket ignored = listener.accept()) {
                    CONNECTIONS.incrementAndGet();
                } catch (IOException closed) {
                    return;
                }
            }
        }, "connection-recorder");
        acceptor.setDaemon(true);
        acceptor.start();
        workspace = Files.createTempDirectory("malicious-models");
        secret = Files.writeString(workspace.resolve("secret.txt"), "TOP-SECRET-7f3a9c");
        marker = workspace.resolve("pwned");
    }

    @AfterAll
    static void stopListening() throws IOException {
        listener.close();
        Files.deleteIfExists(secret);
        Files.deleteIfExists(marker);
        Files.deleteIfExists(workspace);
    }

    @AfterEach
    void nothingHappened() {
        assertThat(marker).doesNotExist();
        assertThat(CONNECTIONS.get()).as("connections to the local listener").isZero();
    }

    private static String url() {
        return "http://127.0.0.1:" + listener.getLocalPort() + "/evil";
    }

    /**
     * The tester's walk (issue 14, finding 1): from the execution to the engine's expression manager,
     * which evaluates the string in variable {@code p}, e.g. {@link #runtime()}.
     */
    private static final String WALK = "${execution.getProcessDefinition().findActivity('Task_Review').getActivityBehavior()"
            + ".getTaskDecorator().getExpressionManager().createExpression(execution.getVariable('p')).getValue(execution)}";

    /** The JUEL that would run {@code touch marker} if an expression reached java.lang.Runtime. */
    private static String runtime() {
        return "''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('touch " + marker + "')";
    }

    private static String process(String element) {
        return TestModels.validProcess("candidate").replace("<endEvent id=\"End\" />", "<endEvent id=\"End\" />"
                + element).replace("xmlns:camunda=", "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:camunda=");
    }

    private static String taskWith(String attributesOrExtensions) {
        return TestModels.validProcess("candidate").replace("<userTask id=\"Task_Review\" name=\"Review\"",
                "<userTask id=\"Task_Review\" name=\"Review\" " + attributesOrExtensions);
    }

    private static String listener(String kind, String body) {
        return TestModels.validProcess("candidate").replace("<userTask id=\"Task_Review\" name=\"Review\" "
                + TestModels.REVIEWERS + " />", "<userTask id=\"Task_Review\" name=\"Review\" " + TestModels.REVIEWERS
                + "><extensionElements><camunda:" + kind + " event=\"" + ("taskListener".equals(kind) ? "create" : "start")
                + "\" " + body + "</extensionElements></userTask>");
    }

    private static String doctype(String declarations, String use) {
        return TestModels.validProcess("candidate").replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE definitions [" + declarations + "]>")
                .replace("<userTask id=\"Task_Review\" name=\"Review\"", "<userTask id=\"Task_Review\" name=\"" + use + "\"");
    }

    private static String decision(String inputExpressionAttributes) {
        return TestModels.decision("candidate", "camunda:historyTimeToLive=\"P1D\"", inputExpressionAttributes);
    }

    static Stream<Arguments> unsafeModels() {
        String r = runtime();
        return Stream.of(
                Arguments.of("script task", ModelType.BPMN, process("<scriptTask id=\"Task_Script\" scriptFormat="
                        + "\"javascript\"><script>java.lang.Runtime.getRuntime().exec('touch " + marker + "')</script></scriptTask>")),
                Arguments.of("script execution listener", ModelType.BPMN, listener("executionListener",
                        "><camunda:script scriptFormat=\"javascript\">java.lang.Runtime.getRuntime().exec('touch " + marker
                                + "')</camunda:script></camunda:executionListener>")),
                Arguments.of("script task listener", ModelType.BPMN, listener("taskListener",
                        "><camunda:script scriptFormat=\"groovy\">'touch " + marker + "'.execute()</camunda:script></camunda:taskListener>")),
                Arguments.of("external script resource", ModelType.BPMN, listener("executionListener",
                        "><camunda:script scriptFormat=\"javascript\" resource=\"deployment://evil.js\" /></camunda:executionListener>")),
                Arguments.of("camunda:class on a service task", ModelType.BPMN, process(
                        "<serviceTask id=\"Task_Class\" camunda:class=\"org.ipflow.application.process.SetStatusDelegate\" />")),
                Arguments.of("class of an execution listener", ModelType.BPMN, listener("executionListener",
                        "class=\"org.ipflow.application.process.SetStatusDelegate\" />")),
                Arguments.of("class of a task listener", ModelType.BPMN, listener("taskListener",
                        "class=\"org.ipflow.application.process.SetStatusDelegate\" />")),
                Arguments.of("JUEL Runtime in a condition", ModelType.BPMN, process("<task id=\"Task_Checked\" />"
                        + "<sequenceFlow id=\"Flow_Evil\" sourceRef=\"Task_Checked\" targetRef=\"End\"><conditionExpression "
                        + "xsi:type=\"tFormalExpression\">${" + r + " != null}</conditionExpression></sequenceFlow>")),
                Arguments.of("JUEL Runtime as assignee", ModelType.BPMN, taskWith("camunda:assignee=\"${" + r + "}\"")),
                Arguments.of("JUEL Runtime as due date", ModelType.BPMN, taskWith("camunda:dueDate=\"${" + r + "}\"")),
                Arguments.of("JUEL Runtime in an input parameter", ModelType.BPMN, listener("executionListener",
                        "delegateExpression=\"${setStatusDelegate}\" /><camunda:inputOutput><camunda:inputParameter "
                                + "name=\"x\">${" + r + "}</camunda:inputParameter></camunda:inputOutput>")),
                Arguments.of("JUEL Runtime as a listener expression", ModelType.BPMN, listener("executionListener",
                        "expression=\"${" + r + "}\" />")),
                Arguments.of("JUEL class by bracket", ModelType.BPMN, taskWith(
                        "camunda:assignee=\"${''['cl'.concat('ass')]['name']}\"")),
                Arguments.of("JUEL invoke with a space", ModelType.BPMN, taskWith(
                        "camunda:assignee=\"${x.getMethods()[0].invoke (null)}\"")),
                Arguments.of("JUEL engine services from the execution", ModelType.BPMN, listener("executionListener",
                        "expression=\"${execution.processEngineServices.identityService.deleteUser('admin')}\" />")),
                Arguments.of("JUEL engine from the execution", ModelType.BPMN, taskWith(
                        "camunda:assignee=\"${execution.getProcessEngine().getName()}\"")),
                Arguments.of("JUEL walk to the expression manager in an input parameter", ModelType.BPMN, listener(
                        "executionListener", "delegateExpression=\"${setStatusDelegate}\" /><camunda:inputOutput>"
                                + "<camunda:inputParameter name=\"x\">" + WALK + "</camunda:inputParameter></camunda:inputOutput>")),
                Arguments.of("DMN input in JavaScript", ModelType.DMN, decision("expressionLanguage=\"javascript\"")),
                Arguments.of("DMN input in Groovy", ModelType.DMN, decision("expressionLanguage=\"groovy\"")),
                Arguments.of("DMN output entry in JavaScript", ModelType.DMN, decision("").replace(
                        "<outputEntry id=\"Out_High\">", "<outputEntry id=\"Out_High\" expressionLanguage=\"javascript\">")),
                Arguments.of("DMN default language JavaScript", ModelType.DMN, decision("").replace(
                        "namespace=\"http://ipflow.org/dmn\"", "namespace=\"http://ipflow.org/dmn\" expressionLanguage=\"javascript\"")),
                Arguments.of("external entity, file", ModelType.BPMN, doctype(
                        "<!ENTITY secret SYSTEM \"file://" + secret + "\">", "&secret;")),
                Arguments.of("external entity, http", ModelType.BPMN, doctype(
                        "<!ENTITY remote SYSTEM \"" + url() + "\">", "&remote;")),
                Arguments.of("external parameter entity", ModelType.BPMN, doctype(
                        "<!ENTITY % remote SYSTEM \"" + url() + "\"> %remote;", "x")),
                Arguments.of("external DTD", ModelType.BPMN, TestModels.validProcess("candidate").replace(
                        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                + "<!DOCTYPE definitions SYSTEM \"" + url() + "\">")),
                Arguments.of("billion laughs", ModelType.BPMN, doctype("<!ENTITY a \"lollollollollol\">"
                        + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
                        + "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">", "&e;")),
                Arguments.of("XInclude", ModelType.BPMN, process("<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" "
                        + "href=\"" + url() + "\" parse=\"text\" />")),
                Arguments.of("DMN external entity", ModelType.DMN, decision("").replace(
                        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                + "<!DOCTYPE definitions [<!ENTITY remote SYSTEM \"" + url() + "\">]>")
                        .replace("<text>0.5</text>", "<text>&remote;</text>")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unsafeModels")
    void refusedEveryWayItCanArriveAndNothingIsDeployed(String name, ModelType type, String model) throws Exception {
        long before = repository.createDeploymentQuery().count();

        assertThat(validator.validate(type, model)).as("validator's problems").isNotEmpty()
                .allSatisfy(p -> assertThat(p.message()).doesNotContain("TOP-SECRET"));

        assertThatThrownBy(() -> repository.createDeployment().name("malicious").addString(type.resourceName("candidate"),
                model).deploy()).isInstanceOf(ProcessEngineException.class);

        ResponseEntity<String> engineRest = engineRestDeploy("admin", type.resourceName("candidate"), model);
        assertThat(engineRest.getStatusCode().value()).as(engineRest.getBody()).isEqualTo(400);
        assertThat(engineRest.getBody()).doesNotContain("TOP-SECRET");

        var studio = mvc.perform(post("/admin/studio/api/{type}/candidate/deploy", type.name().toLowerCase())
                        .with(user("admin").authorities(new SimpleGrantedAuthority("admin"))).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("content", model, "version", 0))))
                .andReturn().getResponse();
        assertThat(studio.getStatus()).as(studio.getContentAsString()).isIn(400, 422);
        assertThat(studio.getContentAsString()).doesNotContain("TOP-SECRET");

        assertThat(repository.createDeploymentQuery().count()).isEqualTo(before);
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("candidate").count()).isZero();
        assertThat(repository.createDecisionDefinitionQuery().decisionDefinitionKey("candidate").count()).isZero();
    }

    static Stream<Arguments> underOtherNames() {
        String scriptTask = process("<scriptTask id=\"Task_Script\" scriptFormat=\"javascript\"><script>"
                + "java.lang.Runtime.getRuntime().exec('touch " + marker + "')</script></scriptTask>");
        String juelTable = TestModels.decision("candidate", "camunda:historyTimeToLive=\"P1D\"", "expressionLanguage=\"juel\"")
                .replace("<text>score</text>", "<text>${" + runtime() + "}</text>");
        return Stream.of(
                Arguments.of("candidate.bpmn20.xml", scriptTask, "script tasks are not allowed"),
                Arguments.of("candidate.bpmn20.xml", TestModels.process("candidate", "isExecutable=\"true\"",
                        TestModels.REVIEWERS), "history time-to-live is not set"),
                Arguments.of("candidate.bpmn20.xml", TestModels.process("candidate", TestModels.EXECUTABLE,
                        "camunda:candidateGroups=\"auditors\""), "unknown candidate group 'auditors'"),
                Arguments.of("candidate.dmn11.xml", juelTable, "expression language 'juel' is not allowed"),
                Arguments.of("candidate.dmn11.xml", juelTable.replace("\"juel\"", "\"groovy\""),
                        "expression language 'groovy' is not allowed"),
                Arguments.of("candidate.dmn11.xml", TestModels.decision("candidate", "camunda:historyTimeToLive=\"P1D\"", "")
                        .replace("namespace=\"http://ipflow.org/dmn\"", "namespace=\"http://ipflow.org/dmn\" expressionLanguage=\"groovy\""),
                        "expression language 'groovy' is not allowed"),
                Arguments.of("candidate.xml", scriptTask, "script tasks are not allowed"),
                Arguments.of("candidate.txt", juelTable, "expression language 'juel' is not allowed"));
    }

    /**
     * The engine deploys {@code .bpmn20.xml} and {@code .dmn11.xml} too; any other XML whose root is a
     * BPMN or DMN definitions element is checked as well, though the engine would only store it.
     */
    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("underOtherNames")
    void modelsUnderTheEnginesOtherSuffixesAndOtherNamesAreChecked(String resourceName, String model, String problem) {
        long before = repository.createDeploymentQuery().count();

        assertThat(validator.checkDeployment(Map.of(resourceName, model.getBytes(StandardCharsets.UTF_8))))
                .hasEntrySatisfying(resourceName, problems -> assertThat(problems)
                        .anySatisfy(p -> assertThat(p.message()).contains(problem)));

        assertThatThrownBy(() -> repository.createDeployment().name("malicious").addString(resourceName, model).deploy())
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining(problem);

        ResponseEntity<String> engineRest = engineRestDeploy("admin", resourceName, model);
        assertThat(engineRest.getStatusCode().value()).as(engineRest.getBody()).isEqualTo(400);
        assertThat(engineRest.getBody()).contains(problem);

        assertThat(repository.createDeploymentQuery().count()).isEqualTo(before);
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("candidate").count()).isZero();
        assertThat(repository.createDecisionDefinitionQuery().decisionDefinitionKey("candidate").count()).isZero();
    }

    /** Schema locations and imports point at the listener: a parser that fetched them would connect. */
    @Test
    void schemaLocationsAndImportsAreNotFetched() throws Exception {
        String withSchema = TestModels.validProcess("fetchless").replace("xmlns:camunda=", "xmlns:xsi="
                + "\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"http://www.omg.org/spec/BPMN/20100524/MODEL "
                + url() + ".xsd\" xmlns:camunda=").replace("<process id=", "<import importType=\"http://www.w3.org/2001/XMLSchema\" "
                + "location=\"" + url() + "\" namespace=\"http://evil\" /><process id=");
        validator.validate(ModelType.BPMN, withSchema);
        engineRestDeploy("admin", "fetchless.bpmn", withSchema);
        repository.createDeploymentQuery().deploymentName("malicious").list()
                .forEach(d -> repository.deleteDeployment(d.getId(), true));
        repository.createDeploymentQuery().deploymentName("from-modeler").list()
                .forEach(d -> repository.deleteDeployment(d.getId(), true));
        Thread.sleep(200);
        assertThat(CONNECTIONS.get()).isZero();
    }

    @Test
    void onlyAdministratorsDeployThroughEngineRest() {
        long before = repository.createDeploymentQuery().count();
        String model = TestModels.validProcess("by-non-admin");
        for (String user : List.of("enterprise1", "reviewer1", "finance1", "approver1")) {
            assertThat(engineRestDeploy(user, "by-non-admin.bpmn", model).getStatusCode().value()).as(user).isEqualTo(403);
        }
        assertThat(rest.postForEntity("/engine-rest/deployment/create", multipart("by-non-admin.bpmn", model), String.class)
                .getStatusCode().value()).isEqualTo(401);
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(before);
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("by-non-admin").count()).isZero();
    }

    @Test
    void onlyAdministratorsDeployThroughTheStudio() throws Exception {
        long before = repository.createDeploymentQuery().count();
        String body = json.writeValueAsString(Map.of("content", TestModels.validProcess("by-non-admin"), "version", 0));
        for (String role : List.of("enterprise", "reviewer", "finance", "approver")) {
            assertThat(mvc.perform(post("/admin/studio/api/bpmn/by-non-admin/deploy")
                    .with(user(role + "1").authorities(new SimpleGrantedAuthority(role))).with(csrf())
                    .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse().getStatus())
                    .as(role).isEqualTo(403);
        }
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(before);
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("by-non-admin").count()).isZero();
    }

    private ResponseEntity<String> engineRestDeploy(String user, String fileName, String model) {
        return rest.withBasicAuth(user, "demo").postForEntity("/engine-rest/deployment/create", multipart(fileName, model),
                String.class);
    }

    private static HttpEntity<LinkedMultiValueMap<String, Object>> multipart(String fileName, String model) {
        var body = new LinkedMultiValueMap<String, Object>();
        body.add("deployment-name", "malicious");
        body.add("data", new ByteArrayResource(model.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return new HttpEntity<>(body, headers);
    }
}

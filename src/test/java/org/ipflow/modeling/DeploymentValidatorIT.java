package org.ipflow.modeling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ipflow.modeling.TestModels.EXECUTABLE;
import static org.ipflow.modeling.TestModels.REVIEWERS;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.ipflow.IpflowTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;

/**
 * One rule, one case: the validator names the element and line, and a deployment with the same model
 * is refused with nothing stored, whether it comes through the engine's API or /engine-rest.
 */
@IpflowTest
class DeploymentValidatorIT {

    private static final String XXE = """
            <?xml version="1.0"?>
            <!DOCTYPE definitions [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" targetNamespace="x">
              <process id="leak" isExecutable="true"><documentation>&secret;</documentation></process>
            </definitions>
            """;
    private static final String LAUGHS = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
             <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" targetNamespace="x"><process id="lolz">&lol3;</process></definitions>
            """;

    @Autowired
    ModelValidator validator;

    @Autowired
    RepositoryService repository;

    @Autowired
    IdentityService identity;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    ProcessEngine engine;

    @Test
    void aValidProcessHasNoProblems() {
        assertThat(validator.validate(ModelType.BPMN, TestModels.validProcess("valid"))).isEmpty();
    }

    @Nested
    class Processes {

        @Test
        void historyTimeToLiveIsRequired() {
            assertRefused(TestModels.process("candidate", "isExecutable=\"true\"", REVIEWERS),
                    "candidate", "history time-to-live is not set");
        }

        @Test
        void theProcessMustBeExecutable() {
            assertRefused(TestModels.process("candidate", "isExecutable=\"false\" camunda:historyTimeToLive=\"P1D\"",
                    REVIEWERS), "candidate", "not executable");
        }

        @Test
        void unknownCandidateGroupIsRefused() {
            assertRefused(TestModels.process("candidate", EXECUTABLE, "camunda:candidateGroups=\"reviewer,auditors\""),
                    "Task_Review", "unknown candidate group 'auditors'");
        }

        @Test
        void candidateGroupsMayBeRolesRegionalReviewersOrExistingGroups() {
            identity.saveGroup(identity.newGroup("patent-experts"));
            try {
                assertThat(validator.validate(ModelType.BPMN, TestModels.process("candidate", EXECUTABLE,
                        "camunda:candidateGroups=\"approver, reviewer-${region}, reviewer-150200, patent-experts\"")))
                        .isEmpty();
            } finally {
                identity.deleteGroup("patent-experts");
            }
        }

        @Test
        void anExpressionAsCandidateGroupIsRefused() {
            assertRefused(TestModels.process("candidate", EXECUTABLE, "camunda:candidateGroups=\"${someGroup}\""),
                    "Task_Review", "unknown candidate group '${someGroup}'");
        }

        @Test
        void formReferencesMustResolve() {
            assertRefused(TestModels.process("candidate", EXECUTABLE,
                    "camunda:candidateGroups=\"reviewer\" camunda:formRef=\"no-such-form\" camunda:formRefBinding=\"latest\""),
                    "Task_Review", "no form with id 'no-such-form'");
        }

        @Test
        void aFormDeployedTogetherWithTheProcessResolves() {
            String process = TestModels.process("with-own-form", EXECUTABLE,
                    "camunda:candidateGroups=\"reviewer\" camunda:formRef=\"own-form\" camunda:formRefBinding=\"latest\"");
            Deployment deployment = repository.createDeployment().name("test").addString("with-own-form.bpmn", process)
                    .addString("forms/own-form.form", "{\"id\": \"own-form\", \"type\": \"default\", \"components\": []}")
                    .deploy();
            repository.deleteDeployment(deployment.getId(), true);
        }

        @Test
        void classesScriptsAndUnknownBeansAreRefused() {
            assertRefused(TestModels.process("candidate", EXECUTABLE, REVIEWERS).replace("<userTask id=\"Task_Review\"",
                    "<serviceTask id=\"Task_Code\" camunda:class=\"java.lang.Runtime\" /><userTask id=\"Task_Review\""),
                    "Task_Code", "camunda:class is not allowed");
        }

        @Test
        void theEnginesParseErrorsAreReported() {
            String broken = TestModels.validProcess("broken").replace("targetRef=\"End\"", "targetRef=\"Nowhere\"");
            assertThat(validator.validate(ModelType.BPMN, broken)).isNotEmpty()
                    .anySatisfy(p -> assertThat(p.message()).contains("Nowhere"));
        }
    }

    @Nested
    class XmlDeclarationsAndEntities {

        @Test
        void externalEntitiesAreRefusedBeforeParsing() {
            assertRefused(XXE, null, "DOCTYPE declarations are not allowed");
        }

        @Test
        void entityExpansionIsRefusedBeforeParsing() {
            assertRefused(LAUGHS, null, "DOCTYPE declarations are not allowed");
        }

        @Test
        void declarationsInUtf16AreFoundToo() {
            assertThat(XmlDeclarations.check(XXE.replace("<?xml version=\"1.0\"?>", "<?xml version=\"1.0\" encoding=\"UTF-16\"?>")
                    .getBytes(StandardCharsets.UTF_16))).isNotEmpty();
        }

        @Test
        void theParsersBehindTheByteCheckRefuseDoctypesOnTheirOwn() {
            // Behind the byte check: the validator's own reader and the engine's BPMN parser (XXE
            // processing off) both refuse any DOCTYPE, so neither reads a file nor expands an entity.
            EngineDryRun engineParser = new EngineDryRun(engine);
            for (String model : List.of(XXE, LAUGHS)) {
                byte[] bytes = model.getBytes(StandardCharsets.UTF_8);
                ModelXml.Read read = ModelXml.read(bytes);
                assertThat(read.root()).isNull();
                assertThat(read.problems()).singleElement().satisfies(p -> assertThat(p.message())
                        .containsIgnoringCase("DOCTYPE").doesNotContain("root:"));
                assertThat(engineParser.bpmn("leak.bpmn", bytes)).isNotEmpty().allSatisfy(p -> assertThat(p.message())
                        .containsIgnoringCase("DOCTYPE").doesNotContain("root:").doesNotContain("lollol"));
            }
        }
    }

    @Nested
    class Decisions {

        @Test
        void aFeelTableIsAccepted() {
            assertThat(validator.validate(ModelType.DMN, TestModels.decision("rate", "camunda:historyTimeToLive=\"P1D\"", "")))
                    .isEmpty();
        }

        @Test
        void historyTimeToLiveIsRequired() {
            assertRefused(ModelType.DMN, TestModels.decision("rate", "", ""), "rate", "history time-to-live is not set");
        }

        @Test
        void juelIsRefused() {
            assertRefused(ModelType.DMN, TestModels.decision("rate", "camunda:historyTimeToLive=\"P1D\"",
                    "expressionLanguage=\"juel\""), "InputExpression_Score", "expression language 'juel' is not allowed");
        }

        @Test
        void scriptsAreRefused() {
            assertRefused(ModelType.DMN, TestModels.decision("rate", "camunda:historyTimeToLive=\"P1D\"",
                    "expressionLanguage=\"javascript\""), "InputExpression_Score", "'javascript' is not allowed");
        }

        @Test
        void theEnginesProblemsNameTheRuleConcerned() {
            String table = TestModels.decision("rate", "camunda:historyTimeToLive=\"P1D\"", "")
                    .replace("<outputEntry id=\"Out_High\">", "<inputEntry id=\"Entry_Extra\"><text>1</text></inputEntry>"
                            + "<outputEntry id=\"Out_High\">");
            assertThat(validator.validate(ModelType.DMN, table)).singleElement().satisfies(p -> {
                assertThat(p.elementId()).as(p.message()).isEqualTo("Rule_High");
                assertThat(p.line()).isPositive();
                assertThat(p.message()).contains("input entries");
            });
        }

        @Test
        void theSchemasProblemsNameTheElementOnTheirLine() {
            String table = TestModels.decision("rate", "camunda:historyTimeToLive=\"P1D\"", "")
                    .replace("<outputEntry id=\"Out_High\"><text>0.5</text></outputEntry>", "");
            assertThat(validator.validate(ModelType.DMN, table)).singleElement().satisfies(p -> {
                assertThat(p.elementId()).as(p.message()).isEqualTo("Rule_High");
                assertThat(p.message()).contains("rule");
            });
        }

        @Test
        void aProblemInARuleNamesItsEntry() {
            String table = TestModels.decision("rate", "camunda:historyTimeToLive=\"P1D\"", "")
                    .replace("&gt;= 50", "${score > 50}");
            assertRefused(ModelType.DMN, table, "Entry_High", "JUEL expressions are not allowed");
        }
    }

    @Nested
    class Forms {

        @Test
        void aFormTheServerCannotEnforceIsRefused() {
            String form = "{\"id\": \"bad\", \"components\": [{\"id\": \"Field_x\", \"type\": \"captcha\"}]}";
            assertThat(validator.validate(ModelType.FORM, form)).singleElement()
                    .satisfies(p -> assertThat(p.message()).contains("captcha"));
            long before = repository.createDeploymentQuery().count();
            assertThatThrownBy(() -> repository.createDeployment().name("bad").addString("forms/bad.form", form).deploy())
                    .isInstanceOf(ParseException.class);
            assertThat(repository.createDeploymentQuery().count()).isEqualTo(before);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
                Field_Frame    | 'captcha'                    | {"id": "Field_Frame", "type": "captcha"}
                Field_Pattern  | 'required' must be true or false | {"id": "Field_Pattern", "type": "textfield", "key": "p", "validate": {"required": "=x"}}
                Field_Money    | 'money' applies to number fields only | {"id": "Field_Money", "type": "textfield", "key": "t", "properties": {"money": "true"}}
                Field_Twice    | key 'amount' is used twice   | {"id": "Field_Once", "type": "number", "key": "amount"}, {"id": "Field_Twice", "type": "number", "key": "amount"}
                Field_Path     | binding path 'amount' is already claimed | {"id": "Field_Once", "type": "number", "key": "amount"}, {"id": "Field_Path", "type": "group", "path": "amount", "components": []}
                Field_Dotted   | binding path 'amount.net' is already claimed | {"id": "Field_Once", "type": "number", "key": "amount"}, {"id": "Field_Dotted", "type": "number", "key": "amount.net"}
                Field_Whole    | binding path 'amount' is already claimed | {"id": "Field_Net", "type": "number", "key": "amount.net"}, {"id": "Field_Whole", "type": "number", "key": "amount"}
                Field_Inner    | 'money' applies to number fields only | {"id": "Group_Outer", "type": "group", "components": [{"id": "Field_Inner", "type": "textfield", "key": "t", "properties": {"money": "true"}}]}
                Field_Unknown  | unknown field 'nothing'      | {"id": "Field_Unknown", "type": "textfield", "key": "c", "properties": {"requiredIf": "nothing=yes"}}
                """)
        void aProblemNamesTheFieldConcerned(String fieldId, String message, String components) {
            String form = "{\"id\": \"bad\", \"components\": [" + components + "]}";
            assertThat(validator.validate(ModelType.FORM, form)).singleElement().satisfies(p -> {
                assertThat(p.elementId()).isEqualTo(fieldId);
                assertThat(p.message()).contains(message);
            });
        }

        @Test
        void everyProblemOfAFormIsReportedAtOnce() {
            String form = "{\"id\": \"bad\", \"components\": [{\"id\": \"Field_a\", \"type\": \"captcha\"},"
                    + " {\"id\": \"Field_b\", \"type\": \"textfield\", \"key\": \"b\", \"properties\": {\"money\": \"true\"}}]}";
            assertThat(validator.validate(ModelType.FORM, form)).extracting(ModelProblem::elementId)
                    .containsExactly("Field_a", "Field_b");
        }

        @Test
        void aProblemOfTheWholeFormNamesNoField() {
            assertThat(validator.validate(ModelType.FORM, "{\"components\": []}")).singleElement()
                    .satisfies(p -> assertThat(p.elementId()).isNull());
        }
    }

    @Test
    void engineRestRefusesAnUnsafeModelWithNothingDeployed() {
        long before = repository.createDeploymentQuery().count();
        var body = new LinkedMultiValueMap<String, Object>();
        body.add("deployment-name", "from-modeler");
        body.add("data", new ByteArrayResource(XXE.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "leak.bpmn";
            }
        });
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        var response = rest.withBasicAuth("admin", "demo").postForEntity("/engine-rest/deployment/create",
                new HttpEntity<>(body, headers), String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).contains("DOCTYPE declarations are not allowed");
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(before);
    }

    @Test
    void engineRestAnswersInEnglishWhateverTheLanguageOfTheStudio() {
        String scripted = TestModels.validProcess("scripted").replace("<userTask id=\"Task_Review\"",
                "<scriptTask id=\"Task_Script\" scriptFormat=\"javascript\"><script>1</script></scriptTask>"
                        + "<userTask id=\"Task_Review\"");
        var body = new LinkedMultiValueMap<String, Object>();
        body.add("deployment-name", "from-modeler");
        body.add("data", new ByteArrayResource(scripted.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "scripted.bpmn";
            }
        });
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        headers.add(HttpHeaders.COOKIE, "ipflow-lang=zh");
        headers.add(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN");
        var response = rest.withBasicAuth("admin", "demo").postForEntity("/engine-rest/deployment/create",
                new HttpEntity<>(body, headers), String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).contains("Task_Script").contains("script tasks are not allowed")
                .doesNotContain("脚本");
        assertThat(repository.createDeploymentQuery().deploymentName("from-modeler").count()).isZero();
    }

    @Test
    void engineRestDeploysASafeModel() {
        var body = new LinkedMultiValueMap<String, Object>();
        body.add("deployment-name", "from-modeler");
        body.add("data", new ByteArrayResource(TestModels.validProcess("from-modeler").getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "from-modeler.bpmn";
            }
        });
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        var response = rest.withBasicAuth("admin", "demo").postForEntity("/engine-rest/deployment/create",
                new HttpEntity<>(body, headers), String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        repository.createDeploymentQuery().deploymentName("from-modeler").list()
                .forEach(d -> repository.deleteDeployment(d.getId(), true));
    }

    private void assertRefused(String bpmn, String elementId, String message) {
        assertRefused(ModelType.BPMN, bpmn, elementId, message);
    }

    private void assertRefused(ModelType type, String model, String elementId, String message) {
        assertThat(validator.validate(type, model)).as("problems").anySatisfy(p -> {
            assertThat(p.elementId()).isEqualTo(elementId);
            assertThat(p.message()).contains(message);
        });
        long before = repository.createDeploymentQuery().count();
        String resource = type.resourceName("candidate");
        assertThatThrownBy(() -> repository.createDeployment().name("refused").addString(resource, model).deploy())
                .isInstanceOf(ParseException.class).hasMessageContaining(message);
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(before);
    }
}

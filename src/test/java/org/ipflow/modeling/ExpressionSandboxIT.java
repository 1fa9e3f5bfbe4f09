package org.ipflow.modeling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.el.ExpressionManager;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.camunda.bpm.engine.task.Task;
import org.ipflow.IpflowTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Expressions are sandboxed where they run (Camunda 7.24.0, camunda-juel 7.24.0): a model that gets
 * past the deployment validator still cannot walk from {@code execution} to the engine's expression
 * manager and evaluate a string from a variable, nor call {@code getClass()} on anything. The payload
 * creates a harmless marker file; the same payload under Camunda's own SpringExpressionManager, as
 * IPFlow had it, creates the file, so the attack is real and the tests can fail. Ordinary conditions
 * keep working.
 */
@IpflowTest
class ExpressionSandboxIT {

    /** The tester's walk (issue 14, finding 1), from a user task's input parameter. */
    private static final String WALK = "${execution.getProcessDefinition().findActivity('Task_Review').getActivityBehavior()"
            + ".getTaskDecorator().getExpressionManager().createExpression(execution.getVariable('p')).getValue(execution)}";

    @Autowired
    ProcessEngine engine;

    @Autowired
    RepositoryService repository;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    ApplicationContext context;

    @Autowired
    ModelValidator validator;

    @TempDir
    Path workspace;

    /** Creates {@code marker} through reflection, if any step of it is allowed. */
    private static String payload(Path marker) {
        return "${''.getClass().forName('java.io.File').getConstructor(''.getClass()).newInstance('" + marker
                + "').createNewFile()}";
    }

    private static String withInput(String key, String name, String expression) {
        return TestModels.process(key, TestModels.EXECUTABLE, "camunda:candidateGroups=\"reviewer\"").replace(
                "<userTask id=\"Task_Review\" name=\"Review\" camunda:candidateGroups=\"reviewer\" />",
                "<userTask id=\"Task_Review\" name=\"Review\" camunda:candidateGroups=\"reviewer\"><extensionElements>"
                        + "<camunda:inputOutput><camunda:inputParameter name=\"" + name + "\">" + expression.replace("&", "&amp;")
                        .replace("<", "&lt;").replace(">", "&gt;") + "</camunda:inputParameter></camunda:inputOutput>"
                        + "</extensionElements></userTask>");
    }

    @Test
    void theApplicationsEngineRunsExpressionsInTheSandbox() {
        ExpressionManager manager = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getExpressionManager();
        assertThat(manager).isInstanceOf(SandboxedExpressionManager.class);
    }

    @Test
    void theWalkDeployedPastTheValidatorFailsWhereItRunsAndCreatesNoFile() {
        Path marker = workspace.resolve("walked");
        String model = withInput("walk", "x", WALK);

        ProcessEngine unchecked = engineWithoutValidator(allowList -> new SandboxedExpressionManager(allowList));
        try {
            unchecked.getRepositoryService().createDeployment().addString("walk.bpmn", model).deploy();
            assertThatThrownBy(() -> unchecked.getRuntimeService().startProcessInstanceByKey("walk",
                    Map.of("p", payload(marker)))).isInstanceOf(ProcessEngineException.class)
                    .hasMessageContaining("expression member not allowed: 'getProcessDefinition()'")
                    .hasMessageContaining(WALK);
            assertThat(unchecked.getRuntimeService().createProcessInstanceQuery().count()).isZero();
        } finally {
            unchecked.close();
        }
        assertThat(marker).doesNotExist();
    }

    @Test
    void theSameWalkUnderCamundasOwnExpressionManagerCreatesTheFile() {
        Path marker = workspace.resolve("walked-unsandboxed");
        ProcessEngine unchecked = engineWithoutValidator(allowList -> new SpringExpressionManager(context, allowList.beans()));
        try {
            unchecked.getRepositoryService().createDeployment().addString("walk.bpmn", withInput("walk", "x", WALK)).deploy();
            unchecked.getRuntimeService().startProcessInstanceByKey("walk", Map.of("p", payload(marker)));
        } finally {
            unchecked.close();
        }
        assertThat(marker).exists();
    }

    /** Camunda's JUEL script engine has a resolver chain of its own: no script engine is handed out. */
    @Test
    void aJuelScriptTaskDeployedPastTheValidatorFailsWhereItRuns() {
        Path marker = workspace.resolve("scripted");
        String model = TestModels.process("scripted", TestModels.EXECUTABLE, "camunda:candidateGroups=\"reviewer\"")
                .replace("<userTask id=\"Task_Review\"", "<scriptTask id=\"Task_Script\" scriptFormat=\"juel\"><script>"
                        + payload(marker) + "</script></scriptTask><sequenceFlow id=\"Flow_Script\" sourceRef=\"Task_Script\" "
                        + "targetRef=\"Task_Review\" /><userTask id=\"Task_Review\"")
                .replace("targetRef=\"Task_Review\" />\n", "targetRef=\"Task_Script\" />\n");
        ProcessEngine unchecked = engineWithoutValidator(SandboxedExpressionManager::new);
        try {
            unchecked.getRepositoryService().createDeployment().addString("scripted.bpmn", model).deploy();
            assertThatThrownBy(() -> unchecked.getRuntimeService().startProcessInstanceByKey("scripted"))
                    .hasStackTraceContaining("scripts are not allowed in IPFlow's models: 'juel'");
        } finally {
            unchecked.close();
        }
        assertThat(marker).doesNotExist();
        assertThat(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getScriptEngineResolver())
                .isInstanceOf(NoScriptEngines.class);
    }

    /** The tester's other way in: JUEL in a decision table, which the engine evaluates with the same manager. */
    @Test
    void aJuelDecisionTableDeployedPastTheValidatorCannotReachClassForName() {
        Path marker = workspace.resolve("decided");
        String table = TestModels.decision("juel-table", "camunda:historyTimeToLive=\"P1D\"", "expressionLanguage=\"juel\"")
                .replace("<text>score</text>", "<text>" + payload(marker) + "</text>");
        ProcessEngine unchecked = engineWithoutValidator(SandboxedExpressionManager::new);
        try {
            unchecked.getRepositoryService().createDeployment().addString("juel-table.dmn11.xml", table).deploy();
            assertThatThrownBy(() -> unchecked.getDecisionService().evaluateDecisionTableByKey("juel-table",
                    Map.of("score", 1))).hasStackTraceContaining("expression member not allowed: 'getClass()'");
        } finally {
            unchecked.close();
        }
        assertThat(marker).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {WALK, "${''.getClass()}", "${execution.processEngineServices.identityService}",
        "${execution.getProcessEngine()}", "${execution['processDefinition']}", "${customer.getClass()}",
        "${customer.entrySet()}", "${execution.getVariable('customer').getClass()}"})
    void theEnginesExpressionManagerRefusesEveryOtherStepOnARealExecution(String expression) {
        Path marker = workspace.resolve("direct");
        Deployment deployment = repository.createDeployment().name("sandbox-direct").addString("sandbox-direct.bpmn",
                TestModels.process("sandbox-direct", TestModels.EXECUTABLE, "camunda:candidateGroups=\"reviewer\"")).deploy();
        ProcessInstance instance = runtime.startProcessInstanceByKey("sandbox-direct",
                Map.of("p", payload(marker), "customer", Map.of("rating", "AA")));
        try {
            assertThatThrownBy(() -> evaluate(instance.getId(), expression)).isInstanceOf(ProcessEngineException.class)
                    .hasMessageContaining("expression member not allowed");
            assertThatThrownBy(() -> evaluate(instance.getId(), payload(marker))).isInstanceOf(ProcessEngineException.class)
                    .hasMessageContaining("expression member not allowed: 'getClass()' of java.lang.String");
        } finally {
            repository.deleteDeployment(deployment.getId(), true);
        }
        assertThat(marker).doesNotExist();
    }

    @Test
    void aTaskOffersItsListedMembersOnly() {
        Deployment deployment = repository.createDeployment().name("sandbox-task").addString("sandbox-task.bpmn",
                TestModels.process("sandbox-task", TestModels.EXECUTABLE, "camunda:candidateGroups=\"reviewer\"")).deploy();
        try {
            ProcessInstance instance = runtime.startProcessInstanceByKey("sandbox-task");
            Task task = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
            tasks.setAssignee(task.getId(), "reviewer1");
            assertThat(evaluateOnTask(task.getId(), "${task.assignee} ${task.getName()} ${task.taskDefinitionKey}"))
                    .isEqualTo("reviewer1 Review Task_Review");
            for (String expression : new String[] {"${task.execution}", "${task.getExecution().getProcessEngine()}",
                "${task.processEngineServices}", "${task.getClass()}"}) {
                assertThatThrownBy(() -> evaluateOnTask(task.getId(), expression)).as(expression)
                        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("expression member not allowed");
            }
        } finally {
            repository.deleteDeployment(deployment.getId(), true);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            ${invoiceClassification == 'budget'}            | true | false
            ${empty description}                            | true | false
            ${customer['rating']}                           | AA   | B
            ${amount > 100000}                              | true | false
            ${decision == 'approve' && score >= 60}         | true | false
            ${execution.getVariable('invoiceClassification')} | budget | travel
            ${execution.processBusinessKey}                 | key-a | key-b
            """)
    void ordinaryExpressionsDeployThroughTheValidatorAndEvaluateCorrectly(String expression, String first, String second) {
        String model = withInput("ordinary", "result", expression);
        assertThat(validator.validate(ModelType.BPMN, model)).isEmpty();
        Deployment deployment = repository.createDeployment().name("ordinary").addString("ordinary.bpmn", model).deploy();
        try {
            assertThat(resultOf("key-a", Map.of("invoiceClassification", "budget", "description", "",
                    "customer", Map.of("rating", "AA"), "amount", 150_000, "decision", "approve", "score", 75))).isEqualTo(first);
            assertThat(resultOf("key-b", Map.of("invoiceClassification", "travel", "description", "late",
                    "customer", Map.of("rating", "B"), "amount", 90_000, "decision", "approve", "score", 40))).isEqualTo(second);
        } finally {
            repository.deleteDeployment(deployment.getId(), true);
        }
    }

    private String resultOf(String businessKey, Map<String, Object> variables) {
        ProcessInstance instance = runtime.startProcessInstanceByKey("ordinary", businessKey, variables);
        Task task = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
        return String.valueOf(runtime.getVariableLocal(task.getExecutionId(), "result"));
    }

    private Object evaluate(String processInstanceId, String expression) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        return configuration.getCommandExecutorTxRequired().execute(command -> {
            ExecutionEntity execution = command.getExecutionManager().findExecutionById(processInstanceId);
            return configuration.getExpressionManager().createExpression(expression).getValue(execution);
        });
    }

    private Object evaluateOnTask(String taskId, String expression) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        return configuration.getCommandExecutorTxRequired().execute(command -> configuration.getExpressionManager()
                .createExpression(expression).getValue(command.getTaskManager().findTaskById(taskId)));
    }

    /** An engine of its own on a private database, with the given expression manager and no validator. */
    private ProcessEngine engineWithoutValidator(Function<ExpressionAllowList, ExpressionManager> manager) {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        String name = "sandbox-" + UUID.randomUUID();
        configuration.setProcessEngineName(name);
        configuration.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        configuration.setDatabaseSchemaUpdate("create-drop");
        configuration.setJobExecutorActivate(false);
        configuration.setExpressionManager(manager.apply(new ExpressionAllowList(new ExpressionBeans(context))));
        configuration.setScriptEngineResolver(new NoScriptEngines());
        return configuration.buildProcessEngine();
    }
}

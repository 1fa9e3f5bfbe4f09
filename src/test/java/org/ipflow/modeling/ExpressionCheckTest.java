package org.ipflow.modeling;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.support.GenericApplicationContext;

/**
 * The deployment-time check of expressions on the syntax tree of Camunda 7.24's own JUEL parser:
 * ordinary conditions pass whatever words they hold, and every step off the allow-list is refused
 * however it is spelled.
 */
class ExpressionCheckTest {

    private final ExpressionCheck check = new ExpressionCheck(new ExpressionAllowList(new ExpressionBeans(context())));

    @ParameterizedTest
    @ValueSource(strings = {
        "${invoiceClassification == 'budget'}",
        "${empty description}",
        "${customer['rating']}",
        "${amount > 100000}",
        "${decision == 'approve' && score >= 60}",
        "${scoreCount > 0 ? scoreSum / scoreCount : 0}",
        "${decisionResult.getSingleResult().fundingRate}",
        "${decisionResult.singleResult['yearlyCap']}",
        "${!withinYearlyCap}",
        "reviewer-${region}",
        "${execution.getVariable('region')}",
        "${execution.processBusinessKey}",
        "${execution['businessKey']}",
        "${task.assignee == 'reviewer1'}",
        "${setStatusDelegate}",
        "${now()}",
        "${classification == 'class A' && script != 'invoke'}",
        "${list[index + 1].name}",
        "#{processEngine}",
    })
    void ordinaryExpressionsPass(String expression) {
        assertThat(check.check("Flow_A", 3, expression)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            ${execution.getProcessDefinition().findActivity('UT').getActivityBehavior().getTaskDecorator().getExpressionManager().createExpression(execution.getVariable('p')).getValue(execution)} | execution.getProcessDefinition()
            ${''.getClass().forName('java.lang.Runtime') != null}  | ''.getClass()
            ${''['cl'.concat('ass')]['name']}                      | 'cl'.concat()
            ${x.getMethods()[0].invoke (null)}                     | x.getMethods()
            ${execution.processEngineServices.identityService}     | execution.processEngineServices
            ${execution.getProcessEngine().getName()}              | execution.getProcessEngine()
            ${(execution).getProcessDefinition()}                  | (execution).getProcessDefinition()
            ${(true ? execution : x).processDefinition}            | (true ? execution : x).processDefinition
            ${execution[name]}                                     | execution[name]
            ${x[name]()}                                           | x[name]()
            ${setStatusDelegate.execute(execution)}                | setStatusDelegate.execute()
            ${setStatusDelegate.class}                             | setStatusDelegate.class
            ${decisionResult.getSingleResult().getClass()}         | decisionResult.getSingleResult().getClass()
            ${task.execution.processEngine}                        | task.execution
            ${dateTime().plusDays(1)}                              | dateTime().plusDays()
            ${fn:exec('x')}                                        | fn:exec()
            """)
    void stepsOffTheAllowListAreRefused(String expression, String member) {
        assertThat(check.check("Flow_A", 3, expression)).hasValueSatisfying(problem -> {
            assertThat(problem.code()).isEqualTo("model.problem.expressionMember");
            assertThat(problem.args()).containsExactly(expression, member, ExpressionAllowList.describe());
            assertThat(problem.elementId()).isEqualTo("Flow_A");
            assertThat(problem.message()).startsWith("expression " + expression + " not allowed: '" + member + "'");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"${a +}", "${'unclosed}", "${a} #{b}"})
    void unreadableExpressionsAreRefused(String expression) {
        assertThat(check.check("Flow_A", 3, expression)).hasValueSatisfying(problem ->
                assertThat(problem.code()).isEqualTo("model.problem.expressionSyntax"));
    }

    private static GenericApplicationContext context() {
        GenericApplicationContext context = new GenericApplicationContext();
        context.registerBean("setStatusDelegate", StatusDelegate.class, StatusDelegate::new);
        context.refresh();
        return context;
    }

    /** A building block of IPFlow's own package, as the allow-list of beans requires. */
    static final class StatusDelegate implements JavaDelegate {

        @Override
        public void execute(DelegateExecution execution) {
            // the check never calls a bean
        }
    }
}

package org.ipflow;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.ipflow.application.internal.ApplicationProcess;
import org.ipflow.modeling.ModelingEngineReaders;
import org.ipflow.operations.OperationsEngineReaders;
import org.ipflow.tasks.Inbox;
import org.ipflow.tasks.ProcessTasks;
import org.ipflow.tasks.TaskCompletion;
import org.ipflow.tasks.TaskTransfer;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.RestController;

/** Keeps the shape of STYLE.md: modules, façades, delegates, controllers without transactions. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = IpflowClasses.MAIN;

    @Test
    void modulesRespectTheirBoundaries() {
        ApplicationModules.of(IpflowApplication.class).verify();
    }

    @Test
    void onlyTheProcessFacadesStartProcessesAndWorkTasks() {
        // By type, not by simple name: a class of the same name in another module is not a façade.
        noClasses().that().doNotBelongToAnyOf(ApplicationProcess.class, ProcessTasks.class, TaskCompletion.class)
                // the inbox's SQL over the engine's task tables (a native task query lives on TaskService)
                .and().doNotBelongToAnyOf(Inbox.class)
                // the transfer of a task to a colleague (assignment and the task's candidate groups)
                .and().doNotBelongToAnyOf(TaskTransfer.class)
                // the administrator's read-only instance lists and the migration of instances between versions
                .and().doNotBelongToAnyOf(ModelingEngineReaders.TYPES.toArray(Class<?>[]::new))
                // the administrator's incident list (Camunda's incident query lives on RuntimeService)
                .and().doNotBelongToAnyOf(OperationsEngineReaders.TYPES.toArray(Class<?>[]::new))
                .should().dependOnClassesThat().areAssignableTo(RuntimeService.class)
                .orShould().dependOnClassesThat().areAssignableTo(TaskService.class)
                .check(CLASSES);
    }

    @Test
    void delegatesAreNamedComponents() {
        classes().that().implement(JavaDelegate.class).should().haveSimpleNameEndingWith("Delegate")
                .andShould().beAnnotatedWith(Component.class).check(CLASSES);
    }

    @Test
    void controllersHoldNoTransactions() {
        noClasses().that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
                .should().beAnnotatedWith(Transactional.class).check(CLASSES);
        methods().that().areDeclaredInClassesThat().areAnnotatedWith(Controller.class)
                .or().areDeclaredInClassesThat().areAnnotatedWith(RestController.class)
                .should().notBeAnnotatedWith(Transactional.class).check(CLASSES);
    }
}

package org.ipflow.bench;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * IPFlow's peer: what a team would run if it built on Camunda's REST API (and Tasklist) instead of IPFlow,
 * on the same PostgreSQL server (its own database). Camunda 7.24's Spring Boot starter with its REST
 * starter, history {@code audit} and authorisation checks on as in IPFlow, HTTP Basic checked by the
 * engine's own filter against its identity tables on every request; {@code reviewer1..3} (password
 * {@code demo}) in group {@code reviewer}, which may start the benchmark process and work its tasks.
 * Configuration: {@code src/bench/resources/engine-rest-peer.yml}; the database from
 * {@code BENCH_PEER_JDBC}, the port from {@code BENCH_PEER_PORT}.
 */
@SpringBootApplication
public class EngineRestPeer {

    static final String GROUP = "reviewer";

    public static void main(String[] args) {
        new SpringApplicationBuilder(EngineRestPeer.class).properties("spring.config.name=engine-rest-peer").run(args);
    }

    @Bean
    StatusBlock setStatusDelegate() {
        return new StatusBlock();
    }

    /** Camunda's documented way to authenticate its REST API; Spring Security only lets requests through to it. */
    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
        registration.addUrlPatterns("/engine-rest/*");
        return registration;
    }

    @Bean
    SecurityFilterChain engineOnly(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable()).build();
    }

    @EventListener(ApplicationReadyEvent.class)
    void reviewersAndProcess(ApplicationReadyEvent event) {
        var context = event.getApplicationContext();
        IdentityService identity = context.getBean(IdentityService.class);
        if (identity.createGroupQuery().groupId(GROUP).count() == 0) {
            var group = identity.newGroup(GROUP);
            group.setName("Reviewers");
            identity.saveGroup(group);
            for (String id : List.of("reviewer1", "reviewer2", "reviewer3")) {
                var user = identity.newUser(id);
                user.setPassword("demo");
                identity.saveUser(user);
                identity.createMembership(id, GROUP);
            }
            AuthorizationService authorizations = context.getBean(AuthorizationService.class);
            grant(authorizations, Resources.PROCESS_DEFINITION, EngineBaseline.PROCESS, Permissions.ALL);
            grant(authorizations, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE);
        }
        context.getBean(RepositoryService.class).createDeployment().name(EngineBaseline.PROCESS)
                .enableDuplicateFiltering(true).addClasspathResource("bench-three-reviews.bpmn").deploy();
    }

    private static void grant(AuthorizationService authorizations, Resource resource, String id, Permissions permission) {
        Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setGroupId(GROUP);
        grant.setResource(resource);
        grant.setResourceId(id);
        grant.addPermission(permission);
        authorizations.saveAuthorization(grant);
    }
}

package org.ipflow.identity;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import jakarta.servlet.DispatcherType;
import java.util.List;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.ipflow.shared.ApiProblems;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Four filter chains: the engine's REST API (administrators, HTTP Basic, only what Camunda Modeler needs
 * to deploy: {@link EngineRestAllowList}), Actuator (health for all, details and metrics for administrators),
 * IPFlow's JSON API (stateless, HTTP Basic, no CSRF since no cookie authenticates it) and the
 * browser UI (form login, sessions, CSRF on). Object-level checks (whose application) live in the
 * services; these rules are the coarse, role-level gate every endpoint passes first.
 */
@Configuration
class SecurityConfig {

    static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "script-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    private final SecondFactorStep secondFactor;
    private final SecondFactors factors;
    private final ApiTokens tokens;
    private final SignOnSecurity signOn;

    SecurityConfig(SecondFactorStep secondFactor, SecondFactors factors, ApiTokens tokens, SignOnSecurity signOn) {
        this.secondFactor = secondFactor;
        this.factors = factors;
        this.tokens = tokens;
        this.signOn = signOn;
    }

    @Bean
    @Order(1)
    SecurityFilterChain engineRest(HttpSecurity http, ApplicationEventPublisher events) throws Exception {
        // A plain string matcher does not match the Jersey servlet's paths.
        http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher("/engine-rest/**"))
                .authorizeHttpRequests(auth -> auth.anyRequest().hasAuthority(Roles.ADMIN))
                // after the role check: other roles get 403 on every path, administrators 404 off the list
                .addFilterAfter(new EngineRestAllowList(events), AuthorizationFilter.class)
                .httpBasic(Customizer.withDefaults())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }

    /**
     * Actuator: health for everyone (details and components only for administrators), everything else
     * (Prometheus metrics) for administrators, by HTTP Basic so that a scraper can authenticate.
     */
    @Bean
    @Order(2)
    SecurityFilterChain actuator(HttpSecurity http) throws Exception {
        http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().hasAuthority(Roles.ADMIN))
                .httpBasic(basic -> basic.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain api(HttpSecurity http, MessageSource messages, ApiProblems problems) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(POST, "/api/enterprises").permitAll()
                        .requestMatchers(POST, "/api/password-reset", "/api/password-reset/new").permitAll()
                        .requestMatchers("/api/public/**").permitAll()
                        .requestMatchers(GET, "/api/programmes").authenticated()
                        .requestMatchers(POST, "/api/applications").hasAuthority(Roles.ENTERPRISE)
                        // Only the enterprise ends its own applications; staff decide in tasks instead.
                        .requestMatchers(DELETE, "/api/applications/*").hasAuthority(Roles.ENTERPRISE)
                        .requestMatchers(POST, "/api/applications/*/withdraw").hasAuthority(Roles.ENTERPRISE)
                        .requestMatchers("/api/applications/**").authenticated()
                        .requestMatchers(GET, "/api/tasks/escalation").hasAnyAuthority(Roles.APPROVER, Roles.ADMIN)
                        .requestMatchers(POST, "/api/tasks/*/remind").hasAnyAuthority(Roles.APPROVER, Roles.ADMIN)
                        .requestMatchers("/api/tasks/**").hasAnyAuthority(Roles.REVIEWER, Roles.FINANCE, Roles.APPROVER, Roles.EXPERT)
                        .requestMatchers("/api/notifications").authenticated()
                        .requestMatchers("/api/account/contact", "/api/account/contact/verify").authenticated()
                        .requestMatchers("/api/me/absence").hasAnyAuthority(Roles.REVIEWER, Roles.FINANCE, Roles.APPROVER)
                        .requestMatchers("/api/enterprise", "/api/enterprise/**").hasAuthority(Roles.ENTERPRISE)
                        .requestMatchers(GET, "/api/admin/calls/*")
                                .hasAnyAuthority(Roles.REVIEWER, Roles.FINANCE, Roles.APPROVER, Roles.ADMIN)
                        .requestMatchers("/api/calls/**").hasAuthority(Roles.APPROVER)
                        .requestMatchers("/api/admin/**").hasAuthority(Roles.ADMIN)
                        .anyRequest().denyAll())
                .httpBasic(basic -> basic.authenticationEntryPoint(new ThrottleAwareEntryPoint(messages, problems)))
                .exceptionHandling(e -> e.accessDeniedHandler(new ApiDeniedRequests(problems)))
                .addFilterBefore(new ApiTokenFilter(tokens, messages, problems), BasicAuthenticationFilter.class)
                .addFilterAfter(new PasswordWithFactorRefused(factors, messages, problems), BasicAuthenticationFilter.class)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }

    @Bean
    @Order(4)
    SecurityFilterChain browser(HttpSecurity http, MessageSource messages, LocaleResolver locales,
            @Value("${ipflow.forms.iframe-hosts:}") List<String> iframeHosts) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
                        .requestMatchers(SecondFactorGate.CODE_PAGE).hasAuthority(SecondFactorStep.PENDING)
                        .requestMatchers(SignOn.CONFIRM_PAGE).hasAuthority(SignOn.CONFIRM)
                        .requestMatchers("/", "/login", "/register", "/error", "/favicon.ico").permitAll()
                        .requestMatchers("/password-reset", "/password-reset/new").permitAll()
                        .requestMatchers("/css/**", "/js/**", "/webjars/**", "/images/**").permitAll()
                        .requestMatchers("/public/**").permitAll()
                        .requestMatchers("/dashboard", "/dashboard/**").hasAnyAuthority(Roles.APPROVER, Roles.ADMIN)
                        .requestMatchers("/notifications/**").authenticated()
                        .requestMatchers("/applications/new/**", "/programmes/**", "/enterprise",
                                "/enterprise/**")
                        .hasAuthority(Roles.ENTERPRISE)
                        .requestMatchers(POST, "/applications/*/delete", "/applications/*/withdraw")
                        .hasAuthority(Roles.ENTERPRISE)
                        .requestMatchers("/applications/**").authenticated()
                        .requestMatchers("/tasks/escalation", "/tasks/escalation/**").hasAnyAuthority(Roles.APPROVER, Roles.ADMIN)
                        .requestMatchers("/tasks/calls/**").hasAuthority(Roles.APPROVER)
                        .requestMatchers("/tasks/**").hasAnyAuthority(Roles.REVIEWER, Roles.FINANCE, Roles.APPROVER, Roles.EXPERT)
                        .requestMatchers("/me/absence").hasAnyAuthority(Roles.REVIEWER, Roles.FINANCE, Roles.APPROVER)
                        .requestMatchers("/admin/**").hasAuthority(Roles.ADMIN)
                        .requestMatchers(SecondFactorGate.ENROL_PAGE).hasAnyAuthority(Roles.REVIEWER, Roles.FINANCE,
                                Roles.APPROVER, Roles.ADMIN, SecondFactorStep.ENROL)
                        // The API's description and Swagger UI: the office's staff, who connect other systems to it
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui.html",
                                "/swagger-ui/**")
                        .hasAnyAuthority(Roles.REVIEWER, Roles.FINANCE, Roles.APPROVER, Roles.ADMIN)
                        .requestMatchers("/account/**").authenticated()
                        .anyRequest().authenticated())
                .addFilterBefore(new PasswordChangeGate(), AuthorizationFilter.class)
                .addFilterBefore(new SecondFactorGate(), AuthorizationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(loginPage())
                        .accessDeniedHandler(new DeniedRequests(messages, locales)))
                .csrf(csrf -> csrf.csrfTokenRequestHandler(new CsrfTokenFromBodyOrHeader()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(withFrames(iframeHosts)))
                        .referrerPolicy(ref -> ref.policy(ReferrerPolicy.SAME_ORIGIN)));
        var afterPassword = new SecondFactorLogin(secondFactor, SecondFactorLogin.savedPageOrHome());
        signOn.configure(http, afterPassword);
        return http.build();
    }

    /** The policy, with the hosts a form's iframe component may frame (ipflow.forms.iframe-hosts). */
    static String withFrames(List<String> iframeHosts) {
        List<String> hosts = iframeHosts.stream().map(String::strip).filter(h -> h.matches("[A-Za-z0-9.-]{1,253}")).toList();
        return hosts.isEmpty() ? CSP : CSP + "; frame-src " + String.join(" ", hosts.stream().map(h -> "https://" + h).toList());
    }

    /**
     * To the login page by a path, never by an address built from the request's Host header, which a client
     * may forge (Tomcat's relative redirects do the same for every other redirect).
     */
    private static LoginUrlAuthenticationEntryPoint loginPage() {
        var entryPoint = new LoginUrlAuthenticationEntryPoint("/login");
        entryPoint.setFavorRelativeUris(true);
        return entryPoint;
    }

    /** Tells the engine who calls /engine-rest, so that its authorisations apply to the caller. */
    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.addUrlPatterns("/engine-rest/*");
        registration.addInitParameter("authentication-provider", ContainerBasedAuthenticationProvider.class.getName());
        registration.setOrder(Integer.MAX_VALUE - 10);
        return registration;
    }
}

package ace.identity;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two filter chains: the JSON API (stateless, bearer tokens, problem details) and the pages
 * (session, form sign-in with a second step, CSRF). Pages that need a role say so with
 * {@code @PreAuthorize} in their module; this class only decides what is public.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

    static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** Item references may contain an encoded "/" (see shared.web.RefPaths). */
    @Bean
    org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer allowEncodedSlashes() {
        var firewall = new org.springframework.security.web.firewall.StrictHttpFirewall();
        firewall.setAllowUrlEncodedSlash(true);
        return web -> web.httpFirewall(firewall);
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, Accounts accounts, TransactionTemplate transactions,
            Clock clock) throws Exception {
        var entryPoint = new ApiAuthenticationEntryPoint();
        http.securityMatcher("/api/**")
            .csrf(csrf -> csrf.disable())
            .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .addFilterBefore(new BearerTokenFilter(tokens, accounts, transactions, clock, entryPoint),
                    UsernamePasswordAuthenticationFilter.class)
            .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint))
            .authorizeHttpRequests(auth -> auth
                .requestMatchers(HttpMethod.GET, "/api/v1/states", "/api/v1/states/**", "/api/v1/offers",
                        "/api/v1/offers/**", "/api/v1/requests", "/api/v1/requests/**", "/api/v1/feeds/**")
                .permitAll()
                .anyRequest().authenticated());
        return http.build();
    }

    /** The OpenAPI document and its browsable UI: public; the UI needs inline styles. */
    @Bean
    @Order(2)
    SecurityFilterChain apiDocs(HttpSecurity http) throws Exception {
        http.securityMatcher("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
            .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
            .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                    "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; "
                            + "object-src 'none'; frame-ancestors 'none'")));
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain pages(HttpSecurity http, AccountDetailsService details, PasswordEncoder encoder,
            LoginThrottle throttle, SignInFlow flow, SecurityContextRepository repository, Accounts accounts)
            throws Exception {
        var passwords = new DaoAuthenticationProvider(details);
        passwords.setPasswordEncoder(encoder);
        var provider = new ThrottlingAuthenticationProvider(passwords, throttle);
        http.authenticationManager(new ProviderManager(provider))
            .securityContext(c -> c.securityContextRepository(repository))
            .addFilterAfter(new SessionAccountCheck(accounts),
                    org.springframework.security.web.context.SecurityContextHolderFilter.class)
            .authorizeHttpRequests(auth -> auth
                .requestMatchers("/", "/states", "/organisations", "/organisations/**", "/offers", "/offers/**",
                        "/requests", "/requests/**", "/attachments/**", "/login", "/login/**", "/setup",
                        "/invitation/**", "/css/**", "/js/**", "/images/**", "/favicon.ico", "/error",
                        "/actuator/health", "/actuator/health/**")
                .permitAll()
                .anyRequest().authenticated())
            .formLogin(form -> form.loginPage("/login").usernameParameter("email")
                .successHandler(flow).failureHandler(failures()).permitAll())
            .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?signedOut"))
            .exceptionHandling(e -> e.accessDeniedHandler((request, response, denied) -> {
                var pending = SignInFlow.pendingOrNull(
                        org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication());
                if (pending != null) {
                    response.sendRedirect(request.getContextPath()
                            + (pending.step() == PendingSecondFactor.Step.ENROL ? "/login/enrol" : "/login/second-factor"));
                    return;
                }
                new AccessDeniedHandlerImpl().handle(request, response, denied);
            }))
            .headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(f -> f.deny()));
        return http.build();
    }

    private static AuthenticationFailureHandler failures() {
        return (request, response, exception) -> {
            String reason = exception instanceof ThrottledException ? "throttled" : "error";
            response.sendRedirect(request.getContextPath() + "/login?" + reason);
        };
    }
}

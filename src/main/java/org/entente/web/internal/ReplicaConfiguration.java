package org.entente.web.internal;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * Anonymous reads of the public record from a PostgreSQL streaming replica, when {@code entente.datasource.replica.url}
 * names one (docs/operations.md, "A read replica"): the application's data source (Spring Boot's, from
 * {@code spring.datasource.*}) becomes {@link ReplicaRouting} between it and a pool on the replica
 * ({@code entente.datasource.replica.username} and {@code .password}, by default the primary's).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "entente.datasource.replica", name = "url")
class ReplicaConfiguration {

    /** Routes the application's data source; a post-processor, so that Boot's pool settings still apply to the primary. */
    /** The replica's rest, which the routing starts and the filter reads when a request starts. */
    @Bean
    static ReplicaRest replicaRest() {
        return new ReplicaRest();
    }

    @Bean
    static BeanPostProcessor replicaRouting(Environment environment, ReplicaRest rest) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (!"dataSource".equals(name) || !(bean instanceof DataSource primary)) {
                    return bean;
                }
                return ReplicaRouting.between(primary, replica(environment), rest);
            }
        };
    }

    private static DataSource replica(Environment environment) {
        HikariDataSource replica = DataSourceBuilder.create().type(HikariDataSource.class)
                .url(environment.getRequiredProperty("entente.datasource.replica.url"))
                .username(environment.getProperty("entente.datasource.replica.username", environment.getProperty("spring.datasource.username")))
                .password(environment.getProperty("entente.datasource.replica.password", environment.getProperty("spring.datasource.password")))
                .build();
        replica.setPoolName("replica");
        replica.setReadOnly(true);
        // A replica that is down costs a reader this long once, then the primary serves for ReplicaRest.RESTING.
        replica.setConnectionTimeout(Duration.ofSeconds(2).toMillis());
        // Started without its connections: the application starts, and the primary serves, while the replica is down.
        replica.setInitializationFailTimeout(-1);
        return replica;
    }

    /** After Spring Security's filters, which say who is asking. */
    @Bean
    FilterRegistrationBean<ReplicaReads> replicaReads(ReplicaRest rest) {
        var registration = new FilterRegistrationBean<>(new ReplicaReads(rest));
        registration.setOrder(Ordered.LOWEST_PRECEDENCE);
        return registration;
    }
}

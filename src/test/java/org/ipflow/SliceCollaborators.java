package org.ipflow;

import java.lang.reflect.Constructor;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.mockito.Mockito;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionBuilder;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.test.context.bean.override.mockito.MockReset;
import org.springframework.util.ClassUtils;

/**
 * What IPFlow's web beans in a slice take and the slice does not start: each such constructor argument becomes
 * a Mockito mock (reset after every test), or, for settings ({@code @ConfigurationProperties}), the value bound
 * from the real configuration. So every slice test shares one context whatever controller it calls, and
 * gives the mocks it calls their answers (Mockito's {@code when}) after {@code @Autowired}-ing them.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SliceCollaborators {

    @Bean
    static BeanDefinitionRegistryPostProcessor sliceCollaboratorMocks() {
        return new Registrar();
    }

    private static final class Registrar implements BeanDefinitionRegistryPostProcessor, EnvironmentAware, Ordered {

        private Environment environment;

        @Override
        public void setEnvironment(Environment environment) {
            this.environment = environment;
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }

        @Override
        public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
            // Types are known only once every configuration class has registered its beans: see below.
        }

        @Override
        public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
            BeanDefinitionRegistry registry = (BeanDefinitionRegistry) beanFactory;
            Set<Class<?>> provided = new HashSet<>();
            for (String name : beanFactory.getBeanDefinitionNames()) {
                String className = beanFactory.getBeanDefinition(name).getBeanClassName();
                if (className == null || !className.startsWith("org.ipflow.")) {
                    continue;
                }
                Constructor<?> constructor = injected(ClassUtils.resolveClassName(className, beanFactory.getBeanClassLoader()));
                for (Class<?> type : constructor == null ? new Class<?>[0] : constructor.getParameterTypes()) {
                    if (needed(beanFactory, type) && provided.add(type)) {
                        registry.registerBeanDefinition("slice:" + type.getName(), definition(type));
                    }
                }
            }
        }

        private static boolean needed(ConfigurableListableBeanFactory beanFactory, Class<?> type) {
            return !type.isPrimitive() && !type.isArray() && !type.getName().startsWith("java.")
                    && !ObjectProvider.class.isAssignableFrom(type)
                    && beanFactory.getBeanNamesForType(type, true, false).length == 0;
        }

        private <T> BeanDefinition definition(Class<T> type) {
            ConfigurationProperties settings = type.getAnnotation(ConfigurationProperties.class);
            if (settings != null) {
                String prefix = settings.prefix().isEmpty() ? settings.value() : settings.prefix();
                return BeanDefinitionBuilder.genericBeanDefinition(type,
                        () -> Binder.get(environment).bindOrCreate(prefix, Bindable.of(type))).getBeanDefinition();
            }
            return BeanDefinitionBuilder.genericBeanDefinition(type,
                    () -> Mockito.mock(type, MockReset.withSettings(MockReset.AFTER))).getBeanDefinition();
        }

        /** The constructor Spring calls: the only one, or the one marked {@code @Autowired}. */
        private static Constructor<?> injected(Class<?> type) {
            Constructor<?>[] constructors = type.getDeclaredConstructors();
            if (constructors.length == 1) {
                return constructors[0];
            }
            return Arrays.stream(constructors).filter(c -> c.isAnnotationPresent(Autowired.class)).findFirst().orElse(null);
        }
    }
}

package io.csiloop.host.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/** Supplies the invocations of {@link AcrossDatabases}: one per database, each with its own fresh database. */
final class AoDatabasesExtension implements TestTemplateInvocationContextProvider {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(AoDatabasesExtension.class);

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return context.getRequiredTestMethod().isAnnotationPresent(AcrossDatabases.class);
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        return Arrays.stream(TestDatabase.values()).map(OnDatabase::new);
    }

    private record OnDatabase(TestDatabase database) implements TestTemplateInvocationContext {
        @Override
        public String getDisplayName(int invocationIndex) {
            return database.name();
        }

        @Override
        public List<Extension> getAdditionalExtensions() {
            return List.of(new Configured(database), new Resolver(database));
        }
    }

    private record Configured(TestDatabase database) implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            return database.isConfigured()
                    ? ConditionEvaluationResult.enabled(database + " is configured")
                    : ConditionEvaluationResult.disabled(database + " is not configured here: set "
                            + TestDatabase.PG_URL + ", AO_PG_USER and AO_PG_PASSWORD (.ci/run does)");
        }
    }

    private record Resolver(TestDatabase database) implements ParameterResolver {
        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            Class<?> type = parameter.getParameter().getType();
            return type == ActiveObjects.class || type == EntityManagerActiveObjects.class
                    || type == TestDatabase.Opened.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            TestDatabase.Opened opened = context.getStore(NAMESPACE)
                    .getOrComputeIfAbsent("db", key -> new Closing(database.open()), Closing.class).opened();
            return parameter.getParameter().getType() == TestDatabase.Opened.class ? opened : opened.activeObjects();
        }
    }

    /** Closes the database when the invocation's store is closed, after the test. */
    private record Closing(TestDatabase.Opened opened) implements AutoCloseable {
        @Override
        public void close() {
            opened.close();
        }
    }
}

package io.csiloop.view;

import io.csiloop.improvement.ImprovementStatus;
import io.csiloop.lifecycle.LifecyclePhase;
import io.csiloop.process.WorkflowStatus;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Which status of the process model a Jira status is, by its name: setup creates the statuses with the English
 * names of the app's bundle ({@code csiloop.lifecycle.phase.monitor-and-control.name} is "Monitor &amp; Control"),
 * so the bundle shipped in the plugin is the reference. A status renamed by an administrator is not recognised,
 * and the panels then say so instead of guessing.
 */
public final class StatusNames {

    private final Map<String, WorkflowStatus> byName;

    public StatusNames() {
        Properties english = new Properties();
        try (InputStream in = StatusNames.class.getResourceAsStream("/i18n/csiloop.properties")) {
            english.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("the plugin's message bundle cannot be read", e);
        }
        byName = Stream.concat(Stream.of(LifecyclePhase.values()), Stream.of(ImprovementStatus.values()))
                .collect(Collectors.toMap(s -> english.getProperty(s.nameKey(), s.key()), Function.identity()));
    }

    /** The name setup gives the status in Jira. */
    public String jiraName(WorkflowStatus status) {
        return byName.entrySet().stream().filter(e -> e.getValue() == status).map(Map.Entry::getKey).findFirst()
                .orElseThrow();
    }

    public Optional<LifecyclePhase> phase(String statusName) {
        return Optional.ofNullable(byName.get(statusName)).filter(LifecyclePhase.class::isInstance).map(LifecyclePhase.class::cast);
    }

    public Optional<ImprovementStatus> step(String statusName) {
        return Optional.ofNullable(byName.get(statusName)).filter(ImprovementStatus.class::isInstance)
                .map(ImprovementStatus.class::cast);
    }
}

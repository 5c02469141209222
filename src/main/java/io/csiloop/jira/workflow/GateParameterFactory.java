package io.csiloop.jira.workflow;

import com.atlassian.jira.plugin.workflow.WorkflowPluginFactory;
import com.opensymphony.workflow.loader.AbstractDescriptor;
import com.opensymphony.workflow.loader.ConditionDescriptor;
import com.opensymphony.workflow.loader.FunctionDescriptor;
import com.opensymphony.workflow.loader.ValidatorDescriptor;
import io.csiloop.application.gate.GateReviews;
import io.csiloop.improvement.ImprovementGate;
import io.csiloop.kernel.MessageSource;
import io.csiloop.lifecycle.LifecycleGate;
import io.csiloop.process.Gate;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The one parameter of the gate modules, {@code csiloop.gate}, on its way through Jira's workflow editor: the
 * form sends it as a {@code String[]}, {@link #getDescriptorParams} checks it and stores it as a String
 * argument, and the view and edit screens get it back as a {@link GateChoice}. Implements Jira's factory
 * interface directly rather than extending its abstract base, whose helpers are unconfirmed on 11.3.
 */
abstract class GateParameterFactory implements WorkflowPluginFactory {

    /** The Velocity context names the templates use. */
    static final String GATES = "gates";
    static final String SELECTED_GATE = "selectedGate";
    static final String GATE = "gate";

    private final MessageSource messages;

    GateParameterFactory(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public Map<String, ?> getVelocityParams(String resourceName, AbstractDescriptor descriptor) {
        return switch (resourceName) {
            case "input-parameters" -> Map.of(GATES, choices());
            case "edit-parameters" -> Map.of(GATES, choices(), SELECTED_GATE, storedGateId(descriptor).orElse(""));
            case "view" -> Map.of(GATE, storedGateId(descriptor).map(this::choice)
                    .orElseGet(() -> new GateChoice("", messages.text("csiloop.wf.gate.none", List.of()))));
            default -> throw new IllegalArgumentException("no Velocity resource '" + resourceName + "' in a gate module");
        };
    }

    @Override
    public Map<String, ?> getDescriptorParams(Map<String, Object> formParams) {
        Object value = formParams.get(WorkflowInputs.GATE);
        if (!(value instanceof String[] values) || values.length != 1 || gate(values[0]).isEmpty()) {
            throw new IllegalArgumentException("Choose exactly one CSI Loop gate; the form sent "
                    + (value instanceof String[] values ? List.of(values) : value));
        }
        return Map.of(WorkflowInputs.GATE, values[0]);
    }

    /** Every gate of both process models, lifecycle first, in model order. */
    List<GateChoice> choices() {
        return Stream.<Gate<?>>concat(Stream.of(LifecycleGate.values()), Stream.of(ImprovementGate.values()))
                .map(gate -> choice(gate.id())).toList();
    }

    private GateChoice choice(String gateId) {
        return gate(gateId).map(gate -> new GateChoice(gate.id(), messages.text(gate.nameKey(), List.of())))
                .orElseGet(() -> new GateChoice(gateId, gateId));
    }

    private static Optional<Gate<?>> gate(String gateId) {
        return GateReviews.gate(gateId);
    }

    private static Optional<String> storedGateId(AbstractDescriptor descriptor) {
        Map<?, ?> args;
        if (descriptor instanceof ValidatorDescriptor validator) {
            args = validator.getArgs();
        } else if (descriptor instanceof ConditionDescriptor condition) {
            args = condition.getArgs();
        } else if (descriptor instanceof FunctionDescriptor function) {
            args = function.getArgs();
        } else {
            return Optional.empty();
        }
        return Optional.ofNullable(args.get(WorkflowInputs.GATE)).map(String::valueOf);
    }
}

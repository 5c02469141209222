package io.csiloop.jira.workflow;

import com.opensymphony.workflow.loader.AbstractDescriptor;
import com.opensymphony.workflow.loader.ConditionDescriptor;
import com.opensymphony.workflow.loader.FunctionDescriptor;
import com.opensymphony.workflow.loader.ValidatorDescriptor;
import io.csiloop.view.JiraVelocity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The gate parameter's round trip through Jira's workflow editor, for each of the three gate modules. */
class GateParameterFactoryTest {

    record Module(GateParameterFactory factory, AbstractDescriptor descriptor, Map<?, ?> args, String viewTemplate) {
        @Override
        public String toString() {
            return factory.getClass().getSimpleName();
        }
    }

    static Stream<Module> modules() {
        var messages = WorkflowFixture.englishMessages();
        ValidatorDescriptor validator = new ValidatorDescriptor();
        ConditionDescriptor condition = new ConditionDescriptor();
        FunctionDescriptor function = new FunctionDescriptor();
        return Stream.of(
                new Module(new GateValidatorFactory(messages), validator, validator.getArgs(), "gate-validator-view.vm"),
                new Module(new GateConditionFactory(messages), condition, condition.getArgs(), "gate-condition-view.vm"),
                new Module(new RecordGateDecisionFunctionFactory(messages), function, function.getArgs(),
                        "record-gate-decision-view.vm"));
    }

    @ParameterizedTest
    @MethodSource("modules")
    @SuppressWarnings("unchecked")
    void theGateGoesFromTheFormIntoTheWorkflowAndBackToTheScreens(Module module) throws Exception {
        Map<String, Object> form = new HashMap<>(Map.of("csiloop.gate", new String[] {"improvement.collect-data-exit"}));

        Map<String, ?> stored = module.factory().getDescriptorParams(form);
        ((Map<Object, Object>) module.args()).put("class.name", "io.csiloop.jira.workflow.Whatever");
        ((Map<Object, Object>) module.args()).putAll(stored);

        assertEquals(Map.of("csiloop.gate", "improvement.collect-data-exit"), stored);
        assertEquals(new GateChoice("improvement.collect-data-exit", "Data collected"),
                module.factory().getVelocityParams("view", module.descriptor()).get("gate"));
        Map<String, ?> edit = module.factory().getVelocityParams("edit-parameters", module.descriptor());
        assertEquals("improvement.collect-data-exit", edit.get("selectedGate"));

        String form2 = render("gate-input.vm", edit);
        assertTrue(form2.contains("<option value=\"improvement.collect-data-exit\" selected=\"selected\">Data collected</option>"), form2);
        assertEquals(1, form2.split("selected=\"selected\"", -1).length - 1, "exactly one gate selected");
        assertTrue(render(module.viewTemplate(), module.factory().getVelocityParams("view", module.descriptor()))
                .contains("<strong>Data collected</strong>"));
    }

    @Test
    void theInputFormOffersEveryGateOfBothModels() throws Exception {
        var params = new GateValidatorFactory(WorkflowFixture.englishMessages()).getVelocityParams("input-parameters", null);

        String html = render("gate-input.vm", params);

        assertEquals(12, ((List<?>) params.get("gates")).size());
        assertTrue(html.contains("<option value=\"lifecycle.monitor-and-control-exit\">Ready for closing</option>"), html);
        assertTrue(html.contains("[csiloop.wf.gate.label]"), html);
    }

    @Test
    void refusesAGateThatDoesNotExistOrMoreThanOne() {
        var factory = new GateValidatorFactory(WorkflowFixture.englishMessages());

        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> factory.getDescriptorParams(Map.of("csiloop.gate", new String[] {"lifecycle.nowhere"})));
        assertThrows(IllegalArgumentException.class, () -> factory.getDescriptorParams(
                Map.of("csiloop.gate", new String[] {"lifecycle.closing-exit", "lifecycle.planning-exit"})));
        assertThrows(IllegalArgumentException.class, () -> factory.getDescriptorParams(Map.of()));
        assertEquals("Choose exactly one CSI Loop gate; the form sent [lifecycle.nowhere]", unknown.getMessage());
    }

    @Test
    void aGateNameIsEscapedLikeEveryOtherReference() throws Exception {
        String html = render("gate-validator-view.vm", Map.of("gate", new GateChoice("x", "<b>Gate</b>")));

        assertTrue(html.contains("<strong>&lt;b&gt;Gate&lt;/b&gt;</strong>"), html);
    }

    @Test
    void theParameterlessFunctionsStoreNothing() {
        ParameterlessFunctionFactory factory = new ParameterlessFunctionFactory();

        assertEquals(Map.of(), factory.getDescriptorParams(Map.of("anything", new String[] {"x"})));
        assertEquals(Map.of(), factory.getVelocityParams("view", new FunctionDescriptor()));
    }

    private static String render(String template, Map<String, ?> params) throws Exception {
        Map<String, Object> context = new HashMap<>(params);
        context.put("i18n", new JiraVelocity.KeysAsText());
        return new JiraVelocity().render("templates/workflow/" + template, context);
    }
}

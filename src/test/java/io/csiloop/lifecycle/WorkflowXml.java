package io.csiloop.lifecycle;

import com.opensymphony.workflow.loader.ActionDescriptor;
import com.opensymphony.workflow.loader.FunctionDescriptor;
import com.opensymphony.workflow.loader.ResultDescriptor;
import com.opensymphony.workflow.loader.StepDescriptor;
import com.opensymphony.workflow.loader.ValidatorDescriptor;
import com.opensymphony.workflow.loader.WorkflowDescriptor;
import com.opensymphony.workflow.loader.WorkflowLoader;
import io.csiloop.process.WorkflowModel;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A workflow XML file of the app, loaded and validated offline by OSWorkflow 2.7.0 (against the local
 * {@code META-INF/workflow_2_8.dtd}), with the raw-typed descriptor API read into plain Java.
 */
public final class WorkflowXml {

    private WorkflowXml() {
    }

    /** The class path resource that holds the model's workflow. */
    public static String resourceOf(WorkflowModel model) {
        return "/workflows/csiloop-" + model.key() + ".xml";
    }

    /** The model's workflow file as text, for tests that alter it before loading. */
    public static String textOf(WorkflowModel model) {
        try (InputStream in = WorkflowXml.class.getResourceAsStream(resourceOf(model))) {
            return new String(Objects.requireNonNull(in, resourceOf(model)).readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads the model's workflow file; OSWorkflow parses it with DTD validation and validates it. */
    public static WorkflowDescriptor load(WorkflowModel model) throws Exception {
        URL url = Objects.requireNonNull(WorkflowXml.class.getResource(resourceOf(model)), resourceOf(model));
        return WorkflowLoader.load(url);
    }

    /** Loads workflow XML given as text, with the same validation. */
    public static WorkflowDescriptor load(String xml) throws Exception {
        return WorkflowLoader.load(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    static List<StepDescriptor> steps(WorkflowDescriptor workflow) {
        return typed(workflow.getSteps(), StepDescriptor.class);
    }

    /** The actions a step offers, its common actions included (OSWorkflow resolves them while loading). */
    static List<ActionDescriptor> actions(StepDescriptor step) {
        return typed(step.getActions(), ActionDescriptor.class);
    }

    /** Every action of the workflow: initial, global, common and those of each step. */
    static Stream<ActionDescriptor> allActions(WorkflowDescriptor workflow) {
        return Stream.of(
                typed(workflow.getInitialActions(), ActionDescriptor.class).stream(),
                typed(workflow.getGlobalActions(), ActionDescriptor.class).stream(),
                typed(List.copyOf(workflow.getCommonActions().values()), ActionDescriptor.class).stream(),
                steps(workflow).stream().flatMap(step -> actions(step).stream())).flatMap(actions -> actions);
    }

    static List<ActionDescriptor> globalActions(WorkflowDescriptor workflow) {
        return typed(workflow.getGlobalActions(), ActionDescriptor.class);
    }

    static List<ActionDescriptor> initialActions(WorkflowDescriptor workflow) {
        return typed(workflow.getInitialActions(), ActionDescriptor.class);
    }

    /** The unconditional result first, then the conditional ones. */
    static List<ResultDescriptor> results(ActionDescriptor action) {
        List<ResultDescriptor> results = new ArrayList<>();
        results.add(action.getUnconditionalResult());
        results.addAll(typed(action.getConditionalResults(), ResultDescriptor.class));
        return results;
    }

    static String meta(StepDescriptor step, String name) {
        return (String) step.getMetaAttributes().get(name);
    }

    static String meta(ActionDescriptor action, String name) {
        return (String) action.getMetaAttributes().get(name);
    }

    /** A validator or function as text: its type and its arguments, class name included, in key order. */
    static String describe(String type, Map<?, ?> args) {
        return type + " " + new TreeMap<>(args);
    }

    static String describe(ValidatorDescriptor validator) {
        return describe(validator.getType(), validator.getArgs());
    }

    static String describe(FunctionDescriptor function) {
        return describe(function.getType(), function.getArgs());
    }

    /** Every function an action runs: pre- and post-functions of the action and of its unconditional result. */
    static Stream<FunctionDescriptor> functions(ActionDescriptor action) {
        ResultDescriptor result = action.getUnconditionalResult();
        return Stream.of(action.getPreFunctions(), action.getPostFunctions(), result.getPreFunctions(),
                result.getPostFunctions()).flatMap(list -> typed(list, FunctionDescriptor.class).stream());
    }

    /** Whether the function is one of the app's own (rather than one of Jira's system post-functions). */
    static boolean isOurs(FunctionDescriptor function) {
        return String.valueOf(function.getArgs().get("class.name")).startsWith("io.csiloop.");
    }

    static Stream<ValidatorDescriptor> validators(ActionDescriptor action) {
        return typed(action.getValidators(), ValidatorDescriptor.class).stream();
    }

    private static <T> List<T> typed(List<?> raw, Class<T> type) {
        return raw.stream().map(type::cast).toList();
    }
}

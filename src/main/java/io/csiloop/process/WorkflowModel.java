package io.csiloop.process;

import java.util.List;
import java.util.Objects;

/**
 * A whole process model as one value: the statuses in their natural order, the status every new
 * issue starts in, and the transitions between them. The workflow XML shipped with the app must
 * describe exactly this model; a test holds the two together.
 *
 * <p>The constructor refuses a model that Jira could not run sensibly: a transition touching a status
 * outside the model, or one whose resolution does not match its target (a done status needs a
 * resolution; an open one must not get one, so that Jira does not show an open issue as resolved).
 *
 * @param key         stable workflow key; the XML resource is {@code workflows/csiloop-<key>.xml}
 * @param nameKey     i18n key of the workflow's name
 * @param initial     the status the "Create" action leads to
 * @param statuses    every status, in the order a tracker shows them
 * @param transitions every transition except "Create"
 */
public record WorkflowModel(String key, String nameKey, WorkflowStatus initial,
                            List<? extends WorkflowStatus> statuses,
                            List<? extends WorkflowTransition> transitions) {

    public WorkflowModel {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(nameKey, "nameKey");
        statuses = List.copyOf(statuses);
        transitions = List.copyOf(transitions);
        if (!statuses.contains(initial)) {
            throw new IllegalArgumentException("initial status " + initial + " is not one of the statuses");
        }
        for (WorkflowTransition transition : transitions) {
            requireSound(statuses, transition);
        }
    }

    private static void requireSound(List<? extends WorkflowStatus> statuses, WorkflowTransition transition) {
        Route route = transition.route();
        if (!statuses.containsAll(route.from()) || !statuses.contains(route.to())) {
            throw new IllegalArgumentException(transition.key() + " touches a status outside the model");
        }
        boolean toDone = route.to().category() == StatusCategory.DONE;
        if (toDone != route.resolution().isPresent()) {
            throw new IllegalArgumentException(transition.key() + " must record a resolution just when entering done");
        }
    }

    /** The transitions a user may take from the given status, in model order. */
    public List<WorkflowTransition> transitionsFrom(WorkflowStatus status) {
        return transitions.stream().filter(t -> t.route().from().contains(status))
                .map(WorkflowTransition.class::cast).toList();
    }
}

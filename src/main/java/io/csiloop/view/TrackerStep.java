package io.csiloop.view;

/**
 * One status of a tracker (a lifecycle phase, an improvement step) as a template shows it.
 *
 * @param label the status name, ready to show (for improvement steps with its number)
 * @param stage the PDCA stage's name for improvement steps; empty otherwise
 * @param state {@code done}, {@code current} or {@code todo}
 */
public record TrackerStep(String label, String stage, String state) {

    public String getLabel() {
        return label;
    }

    public String getStage() {
        return stage;
    }

    public String getState() {
        return state;
    }

    public boolean isCurrent() {
        return "current".equals(state);
    }
}

package io.csiloop.view;

/**
 * One option of a select or a group of check boxes on a page: the CSI register's choices, the automation's settings.
 *
 * @param value what the form sends
 * @param label what the user reads, translated
 * @param selected whether it is the current value
 */
public record Choice(String value, String label, boolean selected) {

    public String getValue() {
        return value;
    }

    public String getLabel() {
        return label;
    }

    public boolean isSelected() {
        return selected;
    }
}

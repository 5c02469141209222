package io.csiloop.view;

/**
 * One stored stakeholder pack in the Improvement panel, linked by its id to its HTML and PDF under the REST API.
 *
 * @param producedAt when it was produced, to the minute, in the reporting zone, which it names
 */
public record PackLink(int id, String producedAt) {

    public int getId() {
        return id;
    }

    public String getProducedAt() {
        return producedAt;
    }
}

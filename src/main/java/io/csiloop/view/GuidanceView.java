package io.csiloop.view;

import io.csiloop.kernel.MessageSource;
import io.csiloop.process.WorkflowStatus;

import java.util.List;

/**
 * The ITIL guidance for the status an issue is in, as text: the value chain activities, the practices, and what
 * to do now.
 */
public record GuidanceView(String status, String valueChain, String practices, String now) {

    static GuidanceView of(WorkflowStatus status, MessageSource messages) {
        return new GuidanceView(messages.text(status.nameKey(), List.of()),
                messages.text(status.guidance().valueChainKey(), List.of()),
                messages.text(status.guidance().practicesKey(), List.of()),
                messages.text(status.guidance().nowKey(), List.of()));
    }

    public String getStatus() {
        return status;
    }

    public String getValueChain() {
        return valueChain;
    }

    public String getPractices() {
        return practices;
    }

    public String getNow() {
        return now;
    }
}

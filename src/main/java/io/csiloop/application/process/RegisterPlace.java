package io.csiloop.application.process;

import io.csiloop.improvement.ImprovementStatus;
import io.csiloop.improvement.RegisterEntry;
import io.csiloop.port.IssueRef;

/** One entry of a project's CSI register with its issue and the step the issue is at. */
public record RegisterPlace(IssueRef issue, ImprovementStatus step, RegisterEntry entry) {
}

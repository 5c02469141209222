package io.csiloop.view;

import io.csiloop.improvement.ImprovementStatus;

import java.util.EnumSet;

/**
 * Where the Improvement panel draws each linked measure's control chart: from step 4 (Process data), when the data
 * collected at step 3 is there to be read, through steps 5 to 7 (analyse it, present it, implement the change and
 * see whether it worked) and at Improved, where the chart shows the go-live and the new level. Before step 4 there
 * is little to read yet and the KPI table's sparkline says enough; a rejected idea has no change to judge.
 */
public final class ChartSteps {

    private static final EnumSet<ImprovementStatus> CHARTED = EnumSet.of(ImprovementStatus.PROCESS_DATA,
            ImprovementStatus.ANALYSE_DATA, ImprovementStatus.PRESENT_KNOWLEDGE,
            ImprovementStatus.IMPLEMENT_IMPROVEMENTS, ImprovementStatus.IMPROVED);

    private ChartSteps() {
    }

    /** Whether the panel shows the control charts at this status. */
    public static boolean shownAt(ImprovementStatus status) {
        return CHARTED.contains(status);
    }
}

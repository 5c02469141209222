package io.csiloop.view;

import java.util.List;

/**
 * The CSI register's entries at one status, the register page's unit: a step with its PDCA stage, or Improved.
 *
 * @param entries the improvements at this status, in register order
 */
public record RegisterGroup(String status, String stage, List<RegisterLine> entries) {

    public RegisterGroup {
        entries = List.copyOf(entries);
    }

    /** One improvement of the register. */
    public record RegisterLine(String issueKey, String summary, int cycle, String objective) {
        public String getIssueKey() {
            return issueKey;
        }

        public String getSummary() {
            return summary;
        }

        public int getCycle() {
            return cycle;
        }

        public String getObjective() {
            return objective;
        }
    }

    public String getStatus() {
        return status;
    }

    public String getStage() {
        return stage;
    }

    public List<RegisterLine> getEntries() {
        return entries;
    }

    public int getCount() {
        return entries.size();
    }
}

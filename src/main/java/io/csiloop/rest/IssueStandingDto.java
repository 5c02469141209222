package io.csiloop.rest;

import io.csiloop.application.process.IssueStandings;
import io.csiloop.kpi.Verdict;

import java.util.List;

/** Where issues stand: when each entered its status and how many days ago, and an Improvement's last verdicts. */
public record IssueStandingDto(List<IssueDto> issues) implements JsonBody {

    static IssueStandingDto of(List<IssueStandings.Standing> standings) {
        return new IssueStandingDto(standings.stream().map(IssueDto::of).toList());
    }

    /**
     * One issue.
     *
     * @param enteredStatusAt ISO-8601 in UTC; null when the host does not know it
     * @param daysInStatus whole days since; null when unknown
     */
    public record IssueDto(String key, String status, String enteredStatusAt, Long daysInStatus,
            List<VerdictDto> verdicts) implements JsonBody {

        static IssueDto of(IssueStandings.Standing s) {
            return new IssueDto(s.issue().key(), s.issue().status(), s.enteredStatus().map(Object::toString)
                    .orElse(null), s.daysInStatus() < 0 ? null : s.daysInStatus(),
                    s.verdicts().stream().map(v -> new VerdictDto(v.measureKey(), v.measureName(), v.verdict()))
                            .toList());
        }
    }

    /** A measure's last verdict. */
    public record VerdictDto(String measureKey, String measureName, Verdict verdict) implements JsonBody {
    }
}

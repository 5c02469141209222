package io.csiloop.rest;

import io.csiloop.kpi.StoredRebase;

import java.util.List;

/**
 * A rebase of a measure's control chart as the API shows it: where it was asked to begin ({@code at}), where its
 * phase begins (the first period at or after it), why, and who approved it when.
 */
public record RebaseDto(long id, String at, String phaseStart, String reason, String approvedBy, String approvedAt)
        implements JsonBody {

    static RebaseDto of(StoredRebase stored) {
        return new RebaseDto(stored.id(), stored.rebase().at().toString(), stored.phaseStart().toString(),
                stored.rebase().reason(), stored.rebase().approvedBy(), stored.rebase().approvedAt().toString());
    }

    /** A rebase to approve: the day the new phase should begin ({@code yyyy-MM-dd}) and why. */
    public record InputDto(String at, String reason) implements JsonBody {
    }

    /** Every rebase of a measure, oldest approval first. */
    public record ListDto(int definitionId, List<RebaseDto> rebases) implements JsonBody {
    }
}

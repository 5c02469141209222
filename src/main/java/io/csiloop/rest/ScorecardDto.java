package io.csiloop.rest;

import io.csiloop.kpi.ScorecardLine;

import java.util.List;

/**
 * KPI scorecard lines: each measurement definition with its latest KPI snapshot (null before the first one),
 * for the project page, the scorecard gadget and the Improvement issue panel.
 */
public record ScorecardDto(List<LineDto> lines) implements JsonBody {

    static ScorecardDto of(List<ScorecardLine> lines) {
        return new ScorecardDto(lines.stream().map(LineDto::of).toList());
    }

    /** One measure and its latest snapshot. */
    public record LineDto(DefinitionDto definition, SnapshotDto latest) implements JsonBody {

        static LineDto of(ScorecardLine line) {
            return new LineDto(DefinitionDto.of(line.definition()), line.latest().map(SnapshotDto::of).orElse(null));
        }
    }
}

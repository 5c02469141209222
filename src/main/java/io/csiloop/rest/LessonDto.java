package io.csiloop.rest;

import io.csiloop.port.IssueRef;

/** A lesson learned to raise an improvement from, and the improvement raised. */
public final class LessonDto {

    private LessonDto() {
    }

    /** @param lesson what was learned; it becomes the improvement's objective */
    public record InputDto(String lesson) implements JsonBody {
    }

    /** The improvement raised: its id, key and summary. */
    public record RaisedDto(long id, String key, String summary) implements JsonBody {
        static RaisedDto of(IssueRef issue) {
            return new RaisedDto(issue.id(), issue.key(), issue.summary());
        }
    }
}

package io.csiloop.rest;

import io.csiloop.pack.StoredPack;

/**
 * A stored stakeholder pack as the API lists it: who produced it and when, for which cycle, the reference step 6's
 * evidence records, and where its HTML, PDF and CSV are (relative to the API's base).
 */
public record PackDto(int id, long issueId, int cycle, String createdBy, String createdAt, String reference,
                      String html, String pdf, String csv) implements JsonBody {

    static PackDto of(StoredPack pack) {
        String base = "improvements/" + pack.issueId() + "/packs/" + pack.id() + "/";
        return new PackDto(pack.id(), pack.issueId(), pack.cycle(), pack.createdBy(), pack.createdAt().toString(),
                pack.reference(), base + "html", base + "pdf", base + "csv");
    }

    /** The packs of an improvement, newest first. */
    public record ListDto(java.util.List<PackDto> packs) implements JsonBody {
    }
}

package io.csiloop.rest;

/**
 * Links a measurement definition to an Improvement issue of its project.
 *
 * @param improvementIssueId the Improvement issue's id; required
 * @param version required: the definition's version read; a newer stored version is a 409 and nothing changes
 */
public record DefinitionLinkDto(Long improvementIssueId, Integer version) implements JsonBody {
}

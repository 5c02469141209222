package io.csiloop.rest;

import java.util.List;

/**
 * What a CSV import did: how many points it recorded and which lines it skipped (only with
 * {@code skipInvalid=true}; otherwise a bad line refuses the whole file with a 400 and records nothing).
 *
 * @param errors the first skipped lines' errors with their line numbers, then one that counts the rest
 */
public record CsvImportDto(int imported, int skipped, List<ErrorDto.ErrorItemDto> errors) implements JsonBody {
}

package io.csiloop.lifecycle;

import io.csiloop.kernel.MessageKey;
import io.csiloop.process.MissingEvidence;

import java.util.List;
import java.util.Map;

/**
 * How the plan takes each of the Four Dimensions into account.
 *
 * @param considerations a note per dimension; a dimension without a non-blank note is not considered
 */
public record FourDimensionsCoverage(Map<FourDimension, String> considerations) {

    public FourDimensionsCoverage {
        considerations = Map.copyOf(considerations);
    }

    public static FourDimensionsCoverage empty() {
        return new FourDimensionsCoverage(Map.of());
    }

    /** Each dimension not yet considered, in the usual order. */
    public List<MissingEvidence> missing() {
        return List.of(FourDimension.values()).stream()
                .filter(dimension -> considerations.getOrDefault(dimension, "").isBlank())
                .map(dimension -> ProjectCheck.DIMENSION_CONSIDERED.failed(new MessageKey(dimension.nameKey())))
                .toList();
    }
}

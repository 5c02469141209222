package io.csiloop.lifecycle;

import io.csiloop.kernel.MessageKey;
import io.csiloop.process.MissingEvidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The practices used while Executing: which general, service and technical management practices co-create the
 * value, and how they do so across each of the Four Dimensions. The evidence for leaving Executing.
 *
 * @param practices the practices chosen, of any family
 * @param acrossDimensions a note per dimension on how the practices co-create value there; blank is not described
 */
public record PracticesUsed(Set<ManagementPractice> practices, Map<FourDimension, String> acrossDimensions) {

    public PracticesUsed {
        practices = Set.copyOf(practices);
        acrossDimensions = Map.copyOf(acrossDimensions);
    }

    public static PracticesUsed empty() {
        return new PracticesUsed(Set.of(), Map.of());
    }

    /** At least one practice chosen, and every dimension described. */
    public List<MissingEvidence> missing() {
        List<MissingEvidence> missing = new ArrayList<>(ProjectCheck.PRACTICE_CHOSEN.unless(!practices.isEmpty()));
        for (FourDimension dimension : FourDimension.values()) {
            if (acrossDimensions.getOrDefault(dimension, "").isBlank()) {
                missing.add(ProjectCheck.PRACTICE_DIMENSION.failed(new MessageKey(dimension.nameKey())));
            }
        }
        return missing;
    }
}

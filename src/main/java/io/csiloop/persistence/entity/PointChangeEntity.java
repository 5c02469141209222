package io.csiloop.persistence.entity;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * {@code AO_E7FE69_POINT_CHANGE}: one correction or deletion of a data point, with the point before and after
 * ({@code NEW_…} columns are null for a deletion). Point and definition are plain ids, not foreign keys, so the
 * history outlives the point it tells of. (point, change number) is unique: two writers that both read n
 * changes cannot both log change n + 1, which makes the second one fail and roll back.
 */
@Table("POINT_CHANGE")
@Indexes(@Index(name = "point_number", methodNames = {"getPointId", "getChangeNumber"}, unique = true))
public interface PointChangeEntity extends Entity {

    @NotNull
    int getPointId();

    void setPointId(int pointId);

    @NotNull
    @Indexed
    int getDefinitionId();

    void setDefinitionId(int definitionId);

    @NotNull
    int getChangeNumber();

    void setChangeNumber(int changeNumber);

    @NotNull
    @StringLength(30)
    String getChangeAction();

    void setChangeAction(String changeAction);

    @NotNull
    String getChangedBy();

    void setChangedBy(String changedBy);

    @NotNull
    long getChangedAtMillis();

    void setChangedAtMillis(long changedAtMillis);

    @NotNull
    @StringLength(450)
    String getReason();

    void setReason(String reason);

    @NotNull
    long getOldObservedAtMillis();

    void setOldObservedAtMillis(long oldObservedAtMillis);

    @NotNull
    double getOldMeasuredValue();

    void setOldMeasuredValue(double oldMeasuredValue);

    @StringLength(450)
    String getOldNote();

    void setOldNote(String oldNote);

    Long getNewObservedAtMillis();

    void setNewObservedAtMillis(Long newObservedAtMillis);

    Double getNewMeasuredValue();

    void setNewMeasuredValue(Double newMeasuredValue);

    @StringLength(450)
    String getNewNote();

    void setNewNote(String newNote);
}

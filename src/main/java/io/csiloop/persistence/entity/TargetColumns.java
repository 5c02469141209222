package io.csiloop.persistence.entity;

/**
 * The columns of what a measure is judged against: a target, or a band (low and high) for a measure that is
 * good within a band. The definition holds its current one; a KPI snapshot holds the one in force when it was
 * taken. Active Objects takes columns from inherited getters too, so both tables get the same three columns.
 */
public interface TargetColumns {

    Double getTarget();

    void setTarget(Double target);

    Double getBandLow();

    void setBandLow(Double bandLow);

    Double getBandHigh();

    void setBandHigh(Double bandHigh);
}

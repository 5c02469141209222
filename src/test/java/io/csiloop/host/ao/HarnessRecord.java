package io.csiloop.host.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** A test-only entity for exercising the Active Objects harness itself. */
@Table("HARNESS_REC")
public interface HarnessRecord extends Entity {
    @NotNull
    @Indexed
    String getName();

    void setName(String name);

    double getAmount();

    void setAmount(double amount);

    @Indexed
    long getObservedAtMillis();

    void setObservedAtMillis(long observedAtMillis);
}

package io.csiloop.application.automation;

import io.csiloop.kernel.FieldError;
import io.csiloop.kernel.InvalidInput;

import java.util.List;

/** Automation settings or a definition's configuration refused, with every field error found; nothing was saved. */
public final class AutomationInvalid extends InvalidInput {

    private static final long serialVersionUID = 1L;

    public AutomationInvalid(List<FieldError> errors) {
        super("invalid automation settings", errors);
    }
}

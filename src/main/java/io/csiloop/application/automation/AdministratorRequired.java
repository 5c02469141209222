package io.csiloop.application.automation;

/** Only a Jira administrator may change the global automation settings. */
public final class AdministratorRequired extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AdministratorRequired() {
        super("only Jira administrators may change the global CSI Loop automation settings");
    }
}

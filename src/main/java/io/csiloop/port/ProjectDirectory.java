package io.csiloop.port;

import java.util.List;

/** Every project of the host, for work that visits all of them (the scheduled job). */
public interface ProjectDirectory {

    /** The host's projects, in the host's order. */
    List<ProjectRef> all();
}

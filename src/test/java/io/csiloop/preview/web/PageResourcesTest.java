package io.csiloop.preview.web;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The preview loads a page's web resources by what was required while it was drawn, and only for that page. */
class PageResourcesTest {

    private final PageResources resources = new PageResources();

    @Test
    void shouldCollectTheContextsRequiredWhileThePageIsDrawnInOrderOnce() throws Exception {
        List<String> seen = new ArrayList<>();

        resources.during(null, exchange -> {
            resources.assembler().resources().requireContext("csiloop.project-page").requireContext("csiloop.issue-panel");
            resources.assembler().resources().requireContext("csiloop.project-page");
            seen.addAll(resources.required());
        });

        assertEquals(List.of("csiloop.project-page", "csiloop.issue-panel"), seen);
        assertEquals(List.of(), resources.required());
    }

    @Test
    void shouldRefuseARequirementOutsideAPage() {
        assertThrows(IllegalStateException.class, resources::assembler);
    }
}

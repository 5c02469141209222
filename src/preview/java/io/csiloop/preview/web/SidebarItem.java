package io.csiloop.preview.web;

import io.csiloop.port.ProjectRef;
import io.csiloop.preview.plugin.WebItem;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One link of the project sidebar, its {@code <link>} expanded as Jira expands it.
 *
 * @param selected whether it is the item the page shows
 */
public record SidebarItem(String key, String labelKey, String href, boolean selected) {

    static List<SidebarItem> of(List<WebItem> items, ProjectRef project, String contextPath, String selectedItem) {
        String encodedKey = URLEncoder.encode(project.key(), StandardCharsets.UTF_8);
        return items.stream().map(i -> new SidebarItem(i.key(), i.labelKey(),
                contextPath + i.link().replace("$pathEncodedProjectKey", encodedKey).replace("$projectKeyEncoded", encodedKey),
                selectedItem.endsWith(":" + i.key()))).toList();
    }
}

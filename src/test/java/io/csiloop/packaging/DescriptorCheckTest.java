package io.csiloop.packaging;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DescriptorCheckTest {

    private final ClassLoader loader = getClass().getClassLoader();

    /** The descriptor as Maven filtered it into target/classes, i.e. as it lands in the jar. */
    @Test
    void shouldFindNoProblemInTheShippedDescriptor() throws Exception {
        try (InputStream in = loader.getResourceAsStream("atlassian-plugin.xml")) {
            assertNotNull(in, "the filtered descriptor should be on the class path");
            assertEquals(List.of(), new DescriptorCheck(loader).check(in));
        }
    }

    /* Each broken fixture must produce exactly the problem that names what is wrong. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "<condition class='io.csiloop.NoSuchCondition'/>"
                    + "| class io.csiloop.NoSuchCondition named by <condition> does not exist",
            "<condition class='java.lang.String'/>"
                    + "| java.lang.String named by <condition> is not a com.atlassian.plugin.web.Condition",
            "<web-resource key='w'><resource type='download' name='x.js' location='/js/missing.js'/></web-resource>"
                    + "| download resource 'x.js' points at 'js/missing.js', which does not exist",
            "<web-item key='w' i18n-name-key='csiloop.no.such.key'/>"
                    + "| i18n key 'csiloop.no.such.key' is used but defined in no bundle",
            "<web-item key='w'><label key='csiloop.missing.label'/></web-item>"
                    + "| i18n key 'csiloop.missing.label' is used but defined in no bundle",
            "<web-panel key='p'><resource type='velocity' name='view' location='io/csiloop/packaging/uses-missing-key.vm'/></web-panel>"
                    + "| i18n key 'csiloop.template.only.key' is used but defined in no bundle",
            "<ao key='ao'><entity>java.lang.Object</entity></ao>"
                    + "| java.lang.Object named by <entity> is not a net.java.ao.RawEntity",
            "<web-item key='dup'/><web-item key='dup'/>"
                    + "| module key 'dup' is used twice",
            "<web-resource key='w'><context>atl.general</context></web-resource>"
                    + "| web-resource 'w' joins Jira's context 'atl.general'; it may join only the app's own contexts"
                    + " (csiloop.…), required by what shows it, or atl.dashboard",
            "<web-resource key='w'><context>jira.view.issue</context></web-resource>"
                    + "| web-resource 'w' joins Jira's context 'jira.view.issue'; it may join only the app's own contexts"
                    + " (csiloop.…), required by what shows it, or atl.dashboard",
    })
    void shouldReportWhatIsBroken(String modules, String expectedProblem) throws Exception {
        List<String> problems = new DescriptorCheck(loader).check(descriptor(DescriptorCheck.PLUGIN_KEY, modules));

        assertEquals(List.of(expectedProblem), problems);
    }

    @Test
    void shouldInsistOnThePluginKey() throws Exception {
        List<String> problems = new DescriptorCheck(loader).check(descriptor("io.csiloop.renamed", ""));

        assertEquals(List.of("the plugin key is 'io.csiloop.renamed', it must stay io.csiloop.jira"), problems);
    }

    @Test
    void shouldFindDuplicateKeysThatPropertiesWouldHide() throws Exception {
        byte[] text = "a=one\nb=two\na=three\n".getBytes(StandardCharsets.UTF_8);

        I18nBundle bundle = I18nBundle.load("dup.properties", new ByteArrayInputStream(text));

        assertEquals(List.of("dup.properties: key 'a' is defined twice"), bundle.problems());
    }

    @Test
    void shouldReadLiteralKeysFromTemplatesAndScripts() {
        String source = "$i18n.getText(\"csiloop.a\") $action.getText('csiloop.b', $x) AJS.I18n.getText('csiloop.c')";

        assertEquals(List.of("csiloop.a", "csiloop.b", "csiloop.c"), List.copyOf(TemplateKeys.in(source)));
    }

    @Test
    void shouldAcceptTheInjectableShapeOnly() throws Exception {
        List<String> problems = new DescriptorCheck(loader).check(
                descriptor(DescriptorCheck.PLUGIN_KEY, "<condition class='" + TwoConstructorCondition.class.getName() + "'/>"));

        assertTrue(problems.get(0).endsWith("must have exactly one public constructor for Jira to inject, it has 2"),
                problems.toString());
    }

    private static InputStream descriptor(String key, String modules) {
        String xml = "<atlassian-plugin key='" + key + "' name='t' plugins-version='2'>"
                + "<resource type='i18n' name='i18n' location='i18n.csiloop'/>" + modules + "</atlassian-plugin>";
        return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
    }

    /** A web condition Jira could not construct unambiguously. */
    public static final class TwoConstructorCondition implements com.atlassian.plugin.web.Condition {
        public TwoConstructorCondition() {
        }

        public TwoConstructorCondition(String unused) {
        }

        @Override
        public void init(java.util.Map<String, String> params) {
        }

        @Override
        public boolean shouldDisplay(java.util.Map<String, Object> context) {
            return false;
        }
    }
}

package io.csiloop.persistence;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.csiloop.host.ao.AcrossDatabases;
import io.csiloop.host.ao.AoTablePrefix;
import io.csiloop.host.ao.Schema;
import io.csiloop.host.ao.TestDatabase;
import net.java.ao.RawEntity;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.schema.Table;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The conventions of io.csiloop.persistence.entity (see its package-info), and the indexes on every database. */
class SchemaConventionsTest {

    private static final List<Class<?>> TYPES = new ClassFileImporter().importPackages("io.csiloop.persistence.entity").stream()
            .filter(c -> c.isAssignableTo(RawEntity.class)).map(JavaClass::reflect).collect(Collectors.toList());

    @Test
    void shouldListEveryTableEntityAndNoViewInTheAoModule() throws Exception {
        Element ao = aoModule();
        Set<String> listed = Set.copyOf(texts(ao, "entity"));
        Set<String> tables = names(t -> t.getSimpleName().endsWith("Entity"));
        Set<String> views = names(t -> t.getSimpleName().endsWith("View"));

        assertEquals(tables, listed);
        assertEquals(Set.of(), intersection(views, listed), "views are never migrated");
        assertEquals(TYPES.size(), tables.size() + views.size(), "every entity type is a …Entity or a …View");
        assertEquals(Set.of(Arrays.stream(Store.ENTITIES).map(Class::getName).toArray(String[]::new)), listed,
                "the tests migrate what Jira migrates");
        assertEquals("", ao.getAttribute("namespace"), "a namespace would move every table off AO_E7FE69_");
        assertEquals(Set.of("io.csiloop.persistence.upgrade.V002ObservedDay"), texts(ao, "upgradeTask"));
    }

    @Test
    void shouldGiveEveryTableAShortExplicitName() {
        AtlassianTableNameConverter tables = new AtlassianTableNameConverter(AoTablePrefix.csiLoop());
        for (Class<?> type : TYPES) {
            assertTrue(type.isAnnotationPresent(Table.class), type + " names its table");
            String name = tables.getName(entity(type));
            assertTrue(name.startsWith("AO_E7FE69_") && name.length() <= 30, name + " fits in 30 characters");
        }
    }

    @Test
    void shouldNameNoColumnWithAReservedWord() throws Exception {
        Set<String> reserved = reservedWords();
        AtlassianFieldNameConverter fields = new AtlassianFieldNameConverter();
        List<String> offending = new ArrayList<>();
        for (Class<?> type : TYPES) {
            for (Method getter : type.getMethods()) {
                boolean column = getter.getName().startsWith("get") && getter.getParameterCount() == 0
                        && getter.getDeclaringClass() != RawEntity.class;
                if (column && reserved.contains(fields.getName(getter))) {
                    offending.add(type.getSimpleName() + "." + fields.getName(getter));
                }
            }
        }
        assertEquals(List.of(), offending);
    }

    @AcrossDatabases
    void shouldIndexEveryColumnThatIsLookedUpOrRanged(TestDatabase.Opened db) throws SQLException {
        new Store(db.activeObjects());
        db.activeObjects().migrate(Store.ENTITIES); // a second migration changes nothing

        Map<String, Set<String>> expected = Map.of(
                "MEASUREMENT_DEF", Set.of("unique(PROJECT_ID, MEASURE_KEY)", "(PROJECT_ID)", "(IMPROVEMENT_ID)"),
                "DATA_POINT", Set.of("(DEFINITION_ID)", "(DEFINITION_ID, OBSERVED_AT_MILLIS, OBSERVED_DAY, MEASURED_VALUE)",
                        "(DEFINITION_ID, IMPROVEMENT_CYCLE)"),
                "KPI_SNAPSHOT", Set.of("(DEFINITION_ID)"),
                "DEFINITION_AUDIT", Set.of("unique(DEFINITION_ID, VERSION)", "(PROJECT_ID)"),
                "GATE_EVIDENCE", Set.of("unique(ISSUE_ID, GATE_ID, ITEM_KEY)"),
                "IMPROVEMENT", Set.of("unique(ISSUE_ID)", "(PROJECT_ID)"),
                "DAY_TOTAL", Set.of("(DEFINITION_ID, OBSERVED_DAY, WEEK_DAY, MONTH_DAY, QUARTER_DAY, POINT_COUNT,"
                        + " VALUE_SUM, VALUE_MIN, VALUE_MAX)"));
        for (Map.Entry<String, Set<String>> table : expected.entrySet()) {
            Set<String> indexes = Schema.indexes(db, "AO_E7FE69_" + table.getKey());
            assertTrue(indexes.containsAll(table.getValue()), table.getKey() + " has " + indexes);
        }
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends RawEntity<?>> entity(Class<?> type) {
        return (Class<? extends RawEntity<?>>) type;
    }

    private static Set<String> names(java.util.function.Predicate<Class<?>> which) {
        return TYPES.stream().filter(which).map(Class::getName).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> intersection(Set<String> a, Set<String> b) {
        return a.stream().filter(b::contains).collect(Collectors.toSet());
    }

    private static Element aoModule() throws Exception {
        try (InputStream in = SchemaConventionsTest.class.getClassLoader().getResourceAsStream("atlassian-plugin.xml")) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            NodeList modules = factory.newDocumentBuilder().parse(in).getElementsByTagName("ao");
            assertEquals(1, modules.getLength(), "one <ao> module per plugin");
            return (Element) modules.item(0);
        }
    }

    private static Set<String> texts(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        Set<String> texts = new TreeSet<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent().strip());
        }
        return texts;
    }

    private static Set<String> reservedWords() throws Exception {
        try (InputStream in = SchemaConventionsTest.class.getResourceAsStream("sql-reserved-words.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.startsWith("#"))
                    .flatMap(line -> Arrays.stream(line.trim().split("\\s+")))
                    .filter(word -> !word.isEmpty()).collect(Collectors.toSet());
        }
    }
}

package io.csiloop.application.process;

import io.csiloop.application.gate.EvidenceCatalog;
import io.csiloop.improvement.ImprovementCycle;
import io.csiloop.improvement.ImprovementGate;
import io.csiloop.lifecycle.LifecycleGate;
import io.csiloop.process.AnswerState;
import io.csiloop.process.ChecklistEntry;
import io.csiloop.process.Gate;
import io.csiloop.process.WorkflowStatus;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every rule about the process has one home, so no other code spells its words: the names setup gives the issue
 * types and statuses (the i18n bundle, read by {@link ProcessNames}), the answer states ({@link AnswerState}) and the
 * evidence item keys (the gate layer's {@code ProjectEvidenceItems}, {@code ImprovementEvidenceItems} and
 * {@code EvidenceCatalog}). This scans the string literals of the app's Java, templates and scripts and names every
 * one that spells such a word outside its owner; a literal that quotes one inside a longer text (a JQL query) counts.
 */
class ProcessLiteralsTest {

    private static final List<Path> SCANNED = List.of(Path.of("src/main/java"), Path.of("src/main/resources/templates"),
            Path.of("src/main/resources/csiloop/js"), Path.of("src/main/resources/js"));
    /** The owners of the item keys; the states, type names and status names have none among the sources. */
    private static final Set<Path> ITEM_KEY_OWNERS = Stream.of("ProjectEvidenceItems", "ImprovementEvidenceItems",
            "EvidenceCatalog").map(c -> Path.of("src/main/java/io/csiloop/application/gate/" + c + ".java"))
            .collect(Collectors.toSet());

    @Test
    void noSourceSpellsAnIssueTypeStatusAnswerStateOrItemKeyOutsideItsOwner() {
        List<String> found = new ArrayList<>();
        for (Path file : sources()) {
            for (SourceLiterals.Literal literal : SourceLiterals.of(file)) {
                words().forEach((word, what) -> {
                    boolean owner = what.startsWith(ITEM_KEY) && ITEM_KEY_OWNERS.contains(file);
                    if (!owner && !namesItsParameter(literal) && spells(literal.text(), word)) {
                        found.add(file + ":" + literal.line() + " spells \"" + word + "\", " + what);
                    }
                });
            }
        }
        assertTrue(found.isEmpty(), "Use the owner's API instead of these literals:\n" + String.join("\n", found));
    }

    @Test
    void theScanSeesLiteralsInEverySyntaxAndSkipsComments() throws IOException {
        Path dir = Files.createTempDirectory("literals");
        Path java = Files.writeString(dir.resolve("A.java"), "// \"OPEN\"\n/* \"DONE\" */ String s = \"WRITTEN\";\nchar c = '\"';\n");
        Path js = Files.writeString(dir.resolve("a.js"), "var q = 'issuetype = \"Improvement\"'; // 'OPEN'\n");
        Path vm = Files.writeString(dir.resolve("a.vm"), "## \"OPEN\"\n#* \"DONE\"\n *#\n<input value=\"APPLIED\">\n");

        assertEquals(List.of("2 WRITTEN", "3 \""), texts(java));
        assertEquals(List.of("1 issuetype = \"Improvement\""), texts(js));
        assertEquals(List.of("4 APPLIED"), texts(vm));
        assertTrue(spells("issuetype = \"Improvement\"", "Improvement"));
        assertTrue(!spells("Improvement actions", "Improvement"), "prose that merely contains the word is no literal of it");
        assertTrue(namesItsParameter(SourceLiterals.of(Files.writeString(dir.resolve("B.java"),
                "Objects.requireNonNull(scope, \"scope\");\n")).get(0)));
    }

    private static List<String> texts(Path file) {
        return SourceLiterals.of(file).stream().map(l -> l.line() + " " + l.text()).toList();
    }

    /** {@code Objects.requireNonNull(scope, "scope")}: the literal names a parameter, whatever the word. */
    private static boolean namesItsParameter(SourceLiterals.Literal literal) {
        return literal.before().endsWith("requireNonNull(" + literal.text() + ", ");
    }

    /** The literal is the word, or quotes it inside a longer text. */
    private static boolean spells(String literal, String word) {
        return literal.equals(word) || Stream.of("\"", "'", "\\\"").anyMatch(q -> literal.contains(q + word + q));
    }

    private static final String ITEM_KEY = "an evidence item key";

    /** Every word with what it is and where it belongs. */
    private static Map<String, String> words() {
        Map<String, String> words = new TreeMap<>();
        ProcessNames names = new ProcessNames();
        for (CsiLoopIssueType type : CsiLoopIssueType.values()) {
            words.put(names.name(type), "an issue type name: ask ProcessNames (isImprovement, isLifecycleProject, type)");
            for (Object status : type.workflow().statuses()) {
                words.put(names.name((WorkflowStatus) status), "a status name: ask ProcessNames or IssueProcesses");
            }
        }
        for (AnswerState state : AnswerState.values()) {
            words.put(state.name(), "an answer state: use AnswerState (or the state a ChecklistItem renders)");
        }
        List<String> keys = new ArrayList<>();
        for (Gate<?> gate : Stream.<Gate<?>>concat(Stream.of(LifecycleGate.values()), Stream.of(ImprovementGate.values())).toList()) {
            for (ImprovementCycle cycle : List.of(ImprovementCycle.first(), new ImprovementCycle(2))) {
                EvidenceCatalog.checklist(gate, cycle).stream().map(ChecklistEntry::key).forEach(keys::add);
                keys.add(EvidenceCatalog.passage(gate, cycle).key());
            }
        }
        String itemKey = ITEM_KEY + ": use EvidenceCatalog's ChecklistEntry";
        for (String key : keys) {
            words.putIfAbsent(key, itemKey);
            int dot = key.indexOf('.');
            if (dot > 0) {
                // the family a key is built from: "principle." + principle.key(), "cycle-" + n + "."
                String family = key.substring(0, dot + 1);
                words.putIfAbsent(family.matches("cycle-\\d+\\.") ? "cycle-" : family, itemKey);
            }
        }
        return words;
    }

    private static List<Path> sources() {
        try {
            List<Path> files = new ArrayList<>();
            for (Path root : SCANNED) {
                try (Stream<Path> walk = Files.walk(root)) {
                    walk.filter(p -> p.toString().matches(".*\\.(java|js|vm)$")).sorted().forEach(files::add);
                }
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

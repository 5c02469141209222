package io.csiloop.application.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The string literals of a source file, comments left out: Java and JavaScript strings (with Java's text blocks and
 * JavaScript's template strings), and the quoted strings of a Velocity template (its HTML attribute values and
 * Velocity strings). Each literal keeps its raw text, escapes and all, and the line it starts on.
 */
final class SourceLiterals {

    /**
     * One literal.
     *
     * @param before the text of its line before it, so that a reader can tell what the literal is passed to
     */
    record Literal(Path file, int line, String text, String before) {
    }

    private static final Pattern BLOCK_COMMENT = Pattern.compile("(?s)#\\*.*?\\*#");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"|'([^']*)'");

    private SourceLiterals() {
    }

    static List<Literal> of(Path file) {
        String name = file.getFileName().toString();
        try {
            String source = Files.readString(file);
            return name.endsWith(".vm") ? velocity(file, source) : cLike(file, source, name.endsWith(".java"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Literal> cLike(Path file, String s, boolean java) {
        List<Literal> literals = new ArrayList<>();
        int line = 1;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (s.startsWith("//", i)) {
                i = indexOrEnd(s, "\n", i);
            } else if (s.startsWith("/*", i)) {
                int end = indexOrEnd(s, "*/", i + 2) + 2;
                line += newlines(s, i, end);
                i = end;
            } else if (java && s.startsWith("\"\"\"", i)) {
                int end = indexOrEnd(s, "\"\"\"", i + 3);
                literals.add(new Literal(file, line, s.substring(i + 3, Math.min(end, s.length())), lineBefore(s, i)));
                line += newlines(s, i, end);
                i = end + 3;
            } else if (c == '"' || c == '\'' || !java && c == '`') {
                int end = i + 1;
                while (end < s.length() && s.charAt(end) != c && (c == '`' || s.charAt(end) != '\n')) {
                    end += s.charAt(end) == '\\' ? 2 : 1;
                }
                literals.add(new Literal(file, line, s.substring(i + 1, Math.min(end, s.length())), lineBefore(s, i)));
                line += newlines(s, i, end);
                i = end + 1;
            } else {
                i++;
            }
        }
        return literals;
    }

    private static List<Literal> velocity(Path file, String source) {
        List<Literal> literals = new ArrayList<>();
        // A block comment becomes the newlines it spans, so that the lines after it keep their numbers.
        String[] lines = BLOCK_COMMENT.matcher(source).replaceAll(m -> "\n".repeat((int) m.group().chars()
                .filter(ch -> ch == '\n').count())).split("\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].strip().startsWith("##") ? "" : lines[n];
            Matcher quoted = QUOTED.matcher(line);
            while (quoted.find()) {
                literals.add(new Literal(file, n + 1, quoted.group(1) != null ? quoted.group(1) : quoted.group(2),
                        line.substring(0, quoted.start())));
            }
        }
        return literals;
    }

    private static String lineBefore(String s, int at) {
        return s.substring(s.lastIndexOf('\n', at - 1) + 1, at);
    }

    private static int indexOrEnd(String s, String what, int from) {
        int at = s.indexOf(what, from);
        return at < 0 ? s.length() : at;
    }

    private static int newlines(String s, int from, int to) {
        return (int) s.substring(from, Math.min(to, s.length())).chars().filter(ch -> ch == '\n').count();
    }
}

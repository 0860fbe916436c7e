package uk.staffcareers.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the names a JUEL expression refers to: beans whose methods it calls, and variables it reads. */
final class Expressions {

    /** A root name of an expression; methodCall when it is used as name.method(...). */
    record Root(String name, boolean methodCall) {
    }

    private static final Pattern ROOT = Pattern.compile("(?<![\\w.])([A-Za-z_]\\w*)\\s*(\\.\\s*[A-Za-z_]\\w*\\s*\\()?");
    private static final Pattern STRING_LITERAL = Pattern.compile("'(?:[^'\\\\]|\\\\.)*'|\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Set<String> NOT_NAMES = Set.of("and", "or", "not", "eq", "ne", "lt", "gt", "le", "ge",
            "empty", "div", "mod", "true", "false", "null", "instanceof",
            "execution", "task", "authenticatedUserId", "variableScope", "connector");

    private Expressions() {
    }

    static boolean isExpression(String text) {
        return text != null && (text.contains("${") || text.contains("#{"));
    }

    /** The root names of every ${...} or #{...} in the text; function calls such as now() are left out. */
    static List<Root> roots(String text) {
        List<Root> roots = new ArrayList<>();
        if (text == null) {
            return roots;
        }
        for (String body : bodies(text)) {
            String code = STRING_LITERAL.matcher(body).replaceAll("''");
            Matcher m = ROOT.matcher(code);
            while (m.find()) {
                String name = m.group(1);
                int after = m.end(1);
                while (after < code.length() && Character.isWhitespace(code.charAt(after))) {
                    after++;
                }
                boolean functionCall = after < code.length() && code.charAt(after) == '(';
                if (!NOT_NAMES.contains(name) && !functionCall && !Character.isDigit(name.charAt(0))) {
                    roots.add(new Root(name, m.group(2) != null));
                }
            }
        }
        return roots;
    }

    private static List<String> bodies(String text) {
        List<String> bodies = new ArrayList<>();
        int i = 0;
        while (i < text.length() - 1) {
            char c = text.charAt(i);
            if ((c == '$' || c == '#') && text.charAt(i + 1) == '{') {
                int depth = 1;
                int j = i + 2;
                while (j < text.length() && depth > 0) {
                    if (text.charAt(j) == '{') {
                        depth++;
                    } else if (text.charAt(j) == '}') {
                        depth--;
                    }
                    j++;
                }
                bodies.add(text.substring(i + 2, Math.max(i + 2, j - 1)));
                i = j;
            } else {
                i++;
            }
        }
        return bodies;
    }
}

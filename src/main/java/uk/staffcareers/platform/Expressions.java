package uk.staffcareers.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

    /** The engine's own functions and the filters' ones (AccessRules); each returns a value and nothing more. */
    private static final Set<String> FUNCTIONS = Set.of("now", "dateTime", "currentUser", "currentUserGroups");
    /** Methods every Java object has; getClass is the way out to reflection. */
    private static final Set<String> OBJECT_METHODS = Set.of("getClass", "wait", "notify", "notifyAll");
    private static final Pattern TOKEN = Pattern.compile("\\s*(?:('(?:[^'\\\\]|\\\\.)*'|\"(?:[^\"\\\\]|\\\\.)*\")"
            + "|(\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?)|([A-Za-z_]\\w*)|(==|!=|<=|>=|&&|\\|\\||[<>!+\\-*/%?:(),.])|(\\S))");

    static final String ALLOWED = "an expression may read variables, compare them with literals, combine them with"
            + " and/or/not, and call a method of one of the application's beans (bean.method(...))";

    private Expressions() {
    }

    /**
     * Why the expressions in the text go beyond what {@link #ALLOWED} says, or empty when they do not.
     * Whether a called root really is one of the application's beans is for the caller to check.
     */
    static Optional<String> disallowed(String text) {
        for (String body : bodies(text == null ? "" : text)) {
            List<String> tokens = new ArrayList<>();
            Matcher m = TOKEN.matcher(body);
            while (m.lookingAt()) {
                if (m.group(5) != null) {
                    return Optional.of("uses '" + m.group(5) + "'");
                }
                tokens.add(m.group(1) != null ? "''" : m.group(2) != null ? "0" : m.group().strip());
                m.region(m.end(), body.length());
            }
            Optional<String> problem = disallowedTokens(tokens);
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> disallowedTokens(List<String> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            String next = i + 1 < tokens.size() ? tokens.get(i + 1) : "";
            if (token.equals(".")) {
                return Optional.of("reads a property or calls a method of something that is not a bean (before '."
                        + (next.isEmpty() ? "" : next) + "')");
            }
            if (!Character.isLetter(token.charAt(0)) && token.charAt(0) != '_' || NOT_NAMES.contains(token)) {
                if (token.equals("instanceof")) {
                    return Optional.of("uses 'instanceof'");
                }
                continue;
            }
            if (next.equals("(") && !FUNCTIONS.contains(token)) {
                return Optional.of("calls the function '" + token + "()'");
            }
            if (next.equals(".")) {
                String method = i + 2 < tokens.size() ? tokens.get(i + 2) : "";
                boolean call = i + 3 < tokens.size() && tokens.get(i + 3).equals("(");
                if (!call) {
                    return Optional.of("reads the property '" + token + "." + method + "'");
                }
                if (OBJECT_METHODS.contains(method)) {
                    return Optional.of("calls '" + method + "()'");
                }
                i += 2;
            }
        }
        return Optional.empty();
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

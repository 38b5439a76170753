package dossier.model.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;

/**
 * Finds every whole-word occurrence of many names in a text in one pass (Aho–Corasick), so that
 * scanning the corpus costs time linear in its length, not names × text. Names written in
 * capitals ("SMIC", "FORGE") match case-sensitively; all others ignore case. Where matches
 * overlap, the leftmost and then the longest wins ("South China Morning Post" over "China").
 */
public final class MentionScanner {
    private final List<Map<Character, Integer>> children = new ArrayList<>();
    private final List<Integer> fail = new ArrayList<>();
    private final List<List<Integer>> outputs = new ArrayList<>();
    private final List<String> patterns = new ArrayList<>();
    private final List<Integer> owners = new ArrayList<>();
    private final List<Boolean> caseSensitive = new ArrayList<>();

    /** @param owner what the name stands for (an index into the caller's list) */
    public record Match(int owner, int start, int end) {
    }

    /** @param names by owner: names.get(i) are the names of owner i */
    public MentionScanner(List<List<String>> names) {
        newNode();
        for (int owner = 0; owner < names.size(); owner++) {
            for (String name : names.get(owner)) {
                if (!name.isBlank()) {
                    add(name.strip(), owner);
                }
            }
        }
        link();
    }

    /** An all-capitals name of at least two letters is an acronym and matches only as written. */
    static boolean isAcronym(String name) {
        return name.length() >= 2 && name.chars().anyMatch(Character::isLetter)
                && name.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    private int newNode() {
        children.add(new HashMap<>());
        fail.add(0);
        outputs.add(new ArrayList<>());
        return children.size() - 1;
    }

    private void add(String name, int owner) {
        int node = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = Character.toLowerCase(name.charAt(i));
            Integer next = children.get(node).get(c);
            if (next == null) {
                next = newNode();
                children.get(node).put(c, next);
            }
            node = next;
        }
        outputs.get(node).add(patterns.size());
        patterns.add(name);
        owners.add(owner);
        caseSensitive.add(isAcronym(name));
    }

    /** Breadth-first failure links; each node's outputs include those of its failure chain. */
    private void link() {
        Queue<Integer> queue = new ArrayDeque<>();
        for (int child : children.get(0).values()) {
            fail.set(child, 0);
            queue.add(child);
        }
        while (!queue.isEmpty()) {
            int node = queue.remove();
            for (Map.Entry<Character, Integer> edge : children.get(node).entrySet()) {
                int child = edge.getValue();
                int f = fail.get(node);
                while (f != 0 && !children.get(f).containsKey(edge.getKey())) {
                    f = fail.get(f);
                }
                Integer target = children.get(f).get(edge.getKey());
                fail.set(child, target != null && target != child ? target : 0);
                outputs.get(child).addAll(outputs.get(fail.get(child)));
                queue.add(child);
            }
        }
    }

    public List<Match> scan(String text) {
        List<Match> found = new ArrayList<>();
        int node = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = Character.toLowerCase(text.charAt(i));
            while (node != 0 && !children.get(node).containsKey(c)) {
                node = fail.get(node);
            }
            node = children.get(node).getOrDefault(c, 0);
            for (int pattern : outputs.get(node)) {
                String name = patterns.get(pattern);
                int start = i + 1 - name.length();
                if (wholeWord(text, start, i + 1) && (!caseSensitive.get(pattern) || text.startsWith(name, start))) {
                    found.add(new Match(owners.get(pattern), start, i + 1));
                }
            }
        }
        return leftmostLongest(found);
    }

    private static boolean wholeWord(String text, int start, int end) {
        return (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)))
                && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
    }

    private static List<Match> leftmostLongest(List<Match> matches) {
        matches.sort(Comparator.comparingInt(Match::start).thenComparing(Comparator.comparingInt(Match::end).reversed()));
        List<Match> kept = new ArrayList<>();
        int covered = 0;
        for (Match m : matches) {
            if (m.start() >= covered) {
                kept.add(m);
                covered = m.end();
            }
        }
        return kept;
    }
}

package dossier.render;

import dossier.cache.Digest;
import dossier.markdown.CitationLinker;
import dossier.markdown.Excerpt;
import dossier.markdown.WikiLinkRef;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Each page's body HTML as last rendered, for builds that follow one another in one process. A
 * body is a function of the page's text and of the renderer's questions to the model (what
 * number a reference has, where a wiki-link leads, how an excerpt is cited): each render records
 * its questions and answers, and the next build reuses the HTML only when the text is the same
 * and every question, asked again of the new model, gets the same answer. So an edit elsewhere
 * that renumbers this page's references or renames an entity it links re-renders it, and any
 * other edit does not.
 */
final class BodyMemo {
    /** One question the render asked and what the model answered. */
    record Question(char kind, int ordinal, String url, Object answer) {
        Object askAgain(PageLinker linker) {
            return switch (kind) {
                case 'e' -> linker.excerpt(ordinal);
                case 'c' -> linker.citation(ordinal);
                case 'w' -> linker.wikiLink(ordinal);
                default -> linker.href(url);
            };
        }
    }

    /** @param text the digest of the page's text */
    record Entry(Digest text, String html, List<Question> questions) {
    }

    /** What a persistent cache saves: every page's entry. */
    record State(Map<String, Entry> entries) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    /**
     * The page's body: remembered when it would render the same, else rendered now (through a
     * recording linker) and remembered.
     */
    String body(String path, String text, PageLinker linker, Function<CitationLinker, String> render) {
        Digest digest = Digest.of(text);
        Entry known = entries.get(path);
        if (known != null && known.text().equals(digest) && sameAnswers(known.questions(), linker)) {
            return known.html();
        }
        Recording recording = new Recording(linker);
        String html = render.apply(recording);
        entries.put(path, new Entry(digest, html, List.copyOf(recording.questions)));
        return html;
    }

    private static boolean sameAnswers(List<Question> questions, PageLinker linker) {
        try {
            for (Question question : questions) {
                if (!Objects.equals(question.answer(), question.askAgain(linker))) {
                    return false;
                }
            }
            return true;
        } catch (RuntimeException e) {
            return false; // the question has no answer now (an excerpt that no longer resolves): render, and let that say so
        }
    }

    /** Forgets the pages that are gone. */
    void retain(Set<String> paths) {
        entries.keySet().retainAll(paths);
    }

    State state() {
        return new State(new java.util.TreeMap<>(entries));
    }

    void restore(State state) {
        entries.putAll(state.entries());
    }

    /** A linker that answers as the page's linker does and writes down each question and answer. */
    private static final class Recording implements CitationLinker {
        private final PageLinker linker;
        private final List<Question> questions = new ArrayList<>();

        Recording(PageLinker linker) {
            this.linker = linker;
        }

        @Override
        public ExcerptLink excerpt(Excerpt excerpt) {
            return note('e', excerpt.ordinal(), null, linker.excerpt(excerpt.ordinal()));
        }

        @Override
        public CitationLink citation(int ordinal) {
            return note('c', ordinal, null, linker.citation(ordinal));
        }

        @Override
        public String href(String url) {
            return note('h', 0, url, linker.href(url));
        }

        @Override
        public String wikiLink(WikiLinkRef link) {
            return note('w', link.ordinal(), null, linker.wikiLink(link.ordinal()));
        }

        private <T> T note(char kind, int ordinal, String url, T answer) {
            questions.add(new Question(kind, ordinal, url, answer));
            return answer;
        }
    }
}

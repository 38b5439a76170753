package dossier.publish;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Each page's part of annotations.jsonld as last written, for the builds that follow
 * ({@code serve} keeps one; its {@link State} is plain data, so it can be saved and restored).
 * A page's annotations are a function of what {@link Annotated} holds for each of its excerpts
 * and of the site's language: when all of that is equal to last time, compared by content, the
 * page's text is taken as it was written, already in UTF-8; else it is made again. So a build with
 * the memo writes what a build without one writes, byte for byte. Pages the last write did not
 * list are dropped.
 */
public final class PublishMemo {
    /**
     * What one excerpt's annotation is made from.
     *
     * @param id         the annotation's id (the excerpt on its page)
     * @param source     target.source (the publisher's address or the source's page)
     * @param commentary the commentary that follows the excerpt ("" when none)
     * @param passages   one per quoted paragraph
     */
    public record Annotated(String id, String source, String commentary, List<Passage> passages) {
        public Annotated {
            passages = List.copyOf(passages);
        }
    }

    /**
     * One quoted paragraph: its whole text and the words quoted from it (which give the quote,
     * prefix and suffix), and where the paragraph starts in the record's text, in code points.
     */
    public record Passage(String paragraph, String quote, int offset) {
    }

    /** One page's annotations as written (the items of the collection's list, joined, in UTF-8) and what they were made from. */
    public record Written(List<Annotated> inputs, byte[] json) {
        public Written {
            inputs = List.copyOf(inputs);
        }
    }

    /** Everything the memo keeps between builds: the language they were written in, and per page path its annotations. */
    public record State(String language, Map<String, Written> pages) {
        public State {
            pages = Map.copyOf(pages);
        }
    }

    private State last;
    private String language;
    private Map<String, Written> next = new HashMap<>();
    private int reused;

    public PublishMemo() {
        this(new State("", Map.of()));
    }

    public PublishMemo(State state) {
        this.last = state;
    }

    public synchronized State state() {
        return last;
    }

    /** How many pages' annotations the last write took from the one before. */
    public synchronized int reused() {
        return reused;
    }

    /** A write of the annotations, in the site's language, begins. */
    synchronized void begin(String language) {
        this.language = language;
        next = new HashMap<>();
        reused = 0;
    }

    /** The page's annotations: those written last time when made from equal inputs, else {@code make}'s. */
    synchronized byte[] annotations(String page, List<Annotated> inputs, Supplier<byte[]> make) {
        Written known = last.pages().get(page);
        Written now;
        if (known != null && language.equals(last.language()) && known.inputs().equals(inputs)) {
            now = known;
            reused++;
        } else {
            now = new Written(inputs, make.get());
        }
        next.put(page, now);
        return now.json();
    }

    /** The write is complete: what it wrote is what the next one may reuse. */
    synchronized void finished() {
        last = new State(language, next);
        next = new HashMap<>();
    }
}

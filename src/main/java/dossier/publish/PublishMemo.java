package dossier.publish;

import dossier.source.MetaField;
import dossier.source.PartialDate;
import dossier.source.SourceRecord;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The bibliographies and each page's part of annotations.jsonld as last written, for the builds that follow
 * ({@code serve} keeps one; its {@link State} is plain data, so it can be saved and restored).
 * A page's annotations are a function of what {@link Annotated} holds for each of its excerpts
 * and of the site's language: when all of that is equal to last time, compared by content, the
 * page's text is taken as it was written, already in UTF-8; else it is made again. So a build with
 * the memo writes what a build without one writes, byte for byte. Pages the last write did not
 * list are dropped. The bibliographies are a function of what {@link Cited} holds of each source,
 * in order.
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

    /** What the bibliographies say of a source: every field they write or note the provenance of. */
    public record Cited(String id, MetaField<String> title, MetaField<String> author, MetaField<String> publisher,
                        MetaField<PartialDate> date, MetaField<String> url, MetaField<String> language, MetaField<PartialDate> accessed) {
        static Cited of(SourceRecord s) {
            return new Cited(s.id(), s.title(), s.author(), s.publisher(), s.date(), s.url(), s.language(), s.accessed());
        }
    }

    /** The bibliographies as written (by file name, in UTF-8) and what they were made from, in order. */
    public record Bibliographies(List<Cited> sources, Map<String, byte[]> files) {
        public Bibliographies {
            sources = List.copyOf(sources);
            files = Map.copyOf(files);
        }
    }

    /**
     * Everything the memo keeps between builds: the language they were written in, per page path
     * its annotations, and the bibliographies.
     */
    public record State(String language, Map<String, Written> pages, Bibliographies bibliographies) {
        public State {
            pages = Map.copyOf(pages);
        }
    }

    private State last;
    private String language;
    private Map<String, Written> next = new HashMap<>();
    private List<Cited> cited = List.of();
    private final Map<String, byte[]> nextFiles = new HashMap<>();
    private int reused;

    public PublishMemo() {
        this(new State("", Map.of(), new Bibliographies(List.of(), Map.of())));
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

    /** A write of the exports, in the site's language, from these sources, begins. */
    synchronized void begin(String language, List<SourceRecord> sources) {
        this.language = language;
        this.cited = sources.stream().map(Cited::of).toList();
        next = new HashMap<>();
        nextFiles.clear();
        reused = 0;
    }

    /** A bibliography: as written last time when made from equal sources, else {@code make}'s. */
    synchronized byte[] bibliography(String file, Supplier<byte[]> make) {
        byte[] known = last.bibliographies().files().get(file);
        byte[] now = known != null && last.bibliographies().sources().equals(cited) ? known : make.get();
        nextFiles.put(file, now);
        return now;
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
        last = new State(language, next, new Bibliographies(cited, nextFiles));
        next = new HashMap<>();
        nextFiles.clear();
    }
}

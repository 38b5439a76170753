package dossier.render;

import dossier.text.PercentEncoding;
import dossier.model.QuotedPassage;

import java.util.Arrays;
import java.util.List;

/**
 * A link to the publisher's page that scrolls to and highlights the quote, with a text directive
 * ({@code #:~:text=start,end}, WICG Text Fragments). Short quotes are given whole; longer ones by
 * their first and last few words, which survive small differences in between.
 */
public final class TextFragment {
    private static final int EDGE_WORDS = 4;

    private TextFragment() {
    }

    public static String href(String url, List<QuotedPassage> passages) {
        List<String> first = words(passages.get(0).exact());
        List<String> last = words(passages.get(passages.size() - 1).exact());
        String directive;
        if (passages.size() == 1 && first.size() <= 2 * EDGE_WORDS) {
            directive = encode(String.join(" ", first));
        } else {
            directive = encode(String.join(" ", first.subList(0, Math.min(EDGE_WORDS, first.size())))) + ","
                    + encode(String.join(" ", last.subList(Math.max(0, last.size() - EDGE_WORDS), last.size())));
        }
        // a directive follows the page's own fragment, if the address has one
        return url + (url.contains("#") ? "" : "#") + ":~:text=" + directive;
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.strip().split("[\\s\\u00A0]+")).filter(w -> !w.isEmpty()).toList();
    }

    /**
     * Percent-encodes everything but ASCII letters, digits, '.', '_' and '~': the directive's own
     * syntax characters ('-', ',', '&') must be encoded, and nothing else needs to stay literal.
     */
    static String encode(String text) {
        return PercentEncoding.encode(text, "._~");
    }
}

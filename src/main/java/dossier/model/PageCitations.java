package dossier.model;

import dossier.source.SourceRecord;

import java.util.List;

/**
 * Everything a page refers to, resolved: excerpts and citations in page order (an unresolved one
 * is reported and kept as such), the numbered reference list (sources in order of first citation;
 * number = index + 1), its links, the words its commentary quotes (and the words its accounts'
 * notes quote), and its accounts side by side.
 *
 * @param eventAccounts per item of the page's {@code events}, in order, the accounts that resolved
 *                      (empty when it has none)
 * @param accounts      the page's own accounts (an entity's), those that resolved
 */
public record PageCitations(List<Resolution<ResolvedExcerpt>> excerpts, List<Resolution<ResolvedCitation>> citations,
                            List<SourceRecord> references, List<ResolvedLink> links, List<Quotation> quotations,
                            List<List<Account>> eventAccounts, List<Account> accounts) {
    public PageCitations {
        excerpts = List.copyOf(excerpts);
        citations = List.copyOf(citations);
        references = List.copyOf(references);
        links = List.copyOf(links);
        quotations = List.copyOf(quotations);
        eventAccounts = eventAccounts.stream().map(List::copyOf).toList();
        accounts = List.copyOf(accounts);
    }

    public int referenceNumber(SourceRecord source) {
        return references.indexOf(source) + 1;
    }

    /** The excerpts that resolved, in page order. */
    public List<ResolvedExcerpt> provenExcerpts() {
        return excerpts.stream().flatMap(r -> r.target().stream()).toList();
    }
}

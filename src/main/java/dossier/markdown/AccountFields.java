package dossier.markdown;

import dossier.diag.Position;

import java.util.List;
import java.util.Optional;

/**
 * One item of an {@code accounts} list as written (a missing required field is already reported):
 * what one source says of an event or an entity, in its own words, with our notes on it.
 *
 * @param source  the citation, "[@key, ¶N]" (a range "¶3–4" when the words run across paragraphs)
 * @param words   the source's words, one entry per cited paragraph; empty when missing (reported)
 * @param speaker who the source quotes, in our words (or that the words are the report's own)
 * @param via     who the source attributes the account to, in our words
 * @param omits   what this account leaves out that another gives, in our words
 */
public record AccountFields(Position at, Optional<FieldText> source, List<String> words, Position wordsAt,
                            Optional<FieldText> speaker, Optional<FieldText> via, Optional<FieldText> omits) {
    public AccountFields {
        words = List.copyOf(words);
    }
}

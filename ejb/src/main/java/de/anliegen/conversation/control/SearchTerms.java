package de.anliegen.conversation.control;

import de.anliegen.platform.database.LikePattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A search term as the conditions of a text search, whatever it holds. Each piece of the term (split at white space)
 * must occur: its words of three letters or more ({@code words}) as the beginning of a word in the text, found by the
 * full-text index where there is one (MariaDB), otherwise anywhere; a piece without such a word ("ok", "C++", "50%",
 * a quote) as typed, anywhere in the text ({@code likes}). Words hold only letters, digits, marks and underscores (as
 * MariaDB's index splits words), so that no character of a term is ever read as a full-text operator.
 */
public record SearchTerms(List<String> words, List<String> likes) {

    /** The shortest word MariaDB's full-text index holds (innodb_ft_min_token_size) and the longest. */
    static final int SHORTEST_WORD = 3;

    static final int LONGEST_WORD = 84;

    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}\\p{M}_]+");

    public SearchTerms {
        words = List.copyOf(words);
        likes = List.copyOf(likes);
    }

    public static SearchTerms of(String term) {
        var words = new ArrayList<String>();
        var likes = new ArrayList<String>();
        for (var piece : term.strip().split("\\s+")) {
            if (piece.isEmpty()) {
                continue;
            }
            var indexed = NOT_A_WORD
                    .splitAsStream(piece.toLowerCase(Locale.ROOT))
                    .filter(SearchTerms::indexed)
                    .toList();
            if (indexed.isEmpty()) {
                likes.add(LikePattern.containing(piece));
            } else {
                indexed.stream().filter(word -> !words.contains(word)).forEach(words::add);
            }
        }
        return new SearchTerms(words, likes);
    }

    private static boolean indexed(String word) {
        var length = word.codePointCount(0, word.length());
        return length >= SHORTEST_WORD && length <= LONGEST_WORD;
    }

    /** The words as MariaDB's boolean full-text query: each must begin a word of the text. */
    public String fullTextQuery() {
        return String.join(" ", words.stream().map(word -> "+" + word + "*").toList());
    }

    /** Every condition as {@code like} patterns: where there is no full-text index. */
    public List<String> allAsLikes() {
        var all = new ArrayList<String>();
        words.forEach(word -> all.add(LikePattern.containing(word)));
        all.addAll(likes);
        return all;
    }

    public boolean isEmpty() {
        return words.isEmpty() && likes.isEmpty();
    }
}

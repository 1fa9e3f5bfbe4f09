package org.ipflow.identity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.matching.match.DictionaryMatch;
import me.gosimple.nbvcxz.matching.match.Match;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;
import me.gosimple.nbvcxz.resources.DictionaryBuilder;
import me.gosimple.nbvcxz.scoring.Result;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * Refuses passwords that are easy to guess, for every path that sets one (registration page and API, an
 * administrator's create and reset, a user's own change). The estimate is nbvcxz's (the zxcvbn approach:
 * leaked-password and word lists, keyboard walks, repeats, sequences, dates, l33t), whose score 0–4 must
 * reach {@link PasswordSettings#minScore()}; a password holding the user's own name, e-mail or enterprise (words
 * of four characters or more) is refused outright, with its own message.
 * Length rules stay with the callers. Demo users' seeded password is set without this check, on purpose.
 */
@Component
public class PasswordStrength {

    private static final String PERSONAL = "personal";
    /** Shorter personal words (a two-letter surname) would refuse too many good passwords. */
    private static final int MIN_PERSONAL_WORD = 4;
    /** Common Chinese passwords that the English lists miss ("I love you", "for a lifetime", the product). */
    private static final List<String> LOCAL_WORDS = List.of("woaini", "5201314", "1314", "520", "aini", "mima",
            "ipflow", "zhishichanquan", "neimenggu", "huhehaote", "baotou", "caonima", "qwer1234", "asdf1234");

    private final PasswordSettings settings;

    PasswordStrength(PasswordSettings settings) {
        this.settings = settings;
    }

    /**
     * Rejects {@code field} with {@code account.password.weak} (the estimator's reason, in the reader's
     * language, as its argument) when the password scores below the minimum.
     */
    public void check(String field, String password, Collection<String> personal, Errors errors) {
        if (password == null || password.isEmpty()) {
            return;
        }
        Result result = estimate(password, personal, LocaleContextHolder.getLocale());
        if (result.getMatches().stream().anyMatch(PasswordStrength::personal)) {
            errors.rejectValue(field, "account.password.personal");
        } else if (result.getBasicScore() < settings.minScore()) {
            String reason = result.getFeedback().getWarning();
            errors.rejectValue(field, "account.password.weak", new Object[] {reason == null ? "" : reason + " "}, null);
        }
    }

    private static boolean personal(Match match) {
        return match instanceof DictionaryMatch word && PERSONAL.equals(word.getDictionaryName());
    }

    /** Whether the password reaches the minimum score and holds none of the personal words. */
    public boolean strongEnough(String password, Collection<String> personal) {
        Result result = estimate(password, personal, Locale.ROOT);
        return result.getBasicScore() >= settings.minScore()
                && result.getMatches().stream().noneMatch(PasswordStrength::personal);
    }

    private static Result estimate(String password, Collection<String> personal, Locale locale) {
        List<Dictionary> dictionaries = new ArrayList<>(ConfigurationBuilder.getDefaultDictionaries());
        DictionaryBuilder local = new DictionaryBuilder().setDictionaryName("ipflow-local").setExclusion(false);
        for (int rank = 0; rank < LOCAL_WORDS.size(); rank++) {
            local.addWord(LOCAL_WORDS.get(rank), rank + 1);
        }
        dictionaries.add(local.createDictionary());
        DictionaryBuilder own = new DictionaryBuilder().setDictionaryName(PERSONAL).setExclusion(true);
        personal.stream().filter(word -> word != null).flatMap(word -> words(word).stream())
                .filter(word -> word.length() >= MIN_PERSONAL_WORD).forEach(word -> own.addWord(word, 0));
        dictionaries.add(own.createDictionary());
        var configuration = new ConfigurationBuilder().setLocale(locale).setDictionaries(dictionaries)
                .createConfiguration();
        return new Nbvcxz(configuration).estimate(password);
    }

    /** The whole value and its parts (an e-mail's local part, the words of a name), lower-cased. */
    private static List<String> words(String value) {
        String lower = value.strip().toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>(List.of(lower));
        for (String part : lower.split("[@._\\-\\s]+")) {
            if (!part.isEmpty() && !part.equals(lower)) {
                words.add(part);
            }
        }
        return words;
    }
}

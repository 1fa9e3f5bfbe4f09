package org.ipflow.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class BilingualTest {

    @Test
    void anEnglishReaderGetsTheEnglishWhereThereIsOne() {
        assertThat(new Bilingual("公示期满", "Public notice period ended").in(Locale.ENGLISH))
                .isEqualTo("Public notice period ended");
        assertThat(new Bilingual("公示期满", "Public notice period ended").in(Locale.UK))
                .isEqualTo("Public notice period ended");
    }

    @Test
    void everyoneElseAndAnEnglishReaderWithoutEnglishGetTheChinese() {
        assertThat(new Bilingual("公示期满", "Public notice period ended").in(Locale.SIMPLIFIED_CHINESE)).isEqualTo("公示期满");
        assertThat(new Bilingual("公示期满", "Public notice period ended").in(null)).isEqualTo("公示期满");
        assertThat(new Bilingual("公示期满", null).in(Locale.ENGLISH)).isEqualTo("公示期满");
        assertThat(new Bilingual("公示期满", " ").in(Locale.ENGLISH)).isEqualTo("公示期满");
    }

    @Test
    void aRegionIsNamedInTheReadersLanguage() {
        assertThat(Region.HINGGAN.name(Locale.ENGLISH)).isEqualTo("Hinggan League");
        assertThat(Region.HINGGAN.name(Locale.SIMPLIFIED_CHINESE)).isEqualTo("兴安盟");
    }
}

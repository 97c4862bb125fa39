package th.ita.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class ItaCatalogueTest {

    private static final ItaCatalogue CATALOGUE = ItaCatalogue.load();

    @Test
    void aScoreOf65Point12IsLevelCIn2563() {
        assertThat(CATALOGUE.level(65.12, Optional.of(2563))).contains("C");
    }

    @Test
    void passOrFailYearsHaveNoLevel() {
        assertThat(CATALOGUE.level(90, Optional.of(2566))).isEmpty();
    }

    @Test
    void anOCodeIsReadInItsFiscalYear() {
        assertThat(CATALOGUE.oitItem("O17", Optional.of(2564)).map(ItaCatalogue.CatalogOitItem::name)).contains("E-Service");
        assertThat(CATALOGUE.oitItem("O10", Optional.of(2566)).map(ItaCatalogue.CatalogOitItem::name))
                .contains("นโยบายคุ้มครองข้อมูลส่วนบุคคล");
    }
}
